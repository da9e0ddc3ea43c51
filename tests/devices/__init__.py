"""Tests of the device layer against the real reader stacks (pcscd + vpcd, nfcpy's udp transport)."""
