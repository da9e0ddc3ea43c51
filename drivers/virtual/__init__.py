"""Virtual devices written from the documented protocols (standard library only).

- :mod:`.vpcd_card`: a contactless card for vsmartcard's vpcd PC/SC reader driver;
- :mod:`.nfc_tag_emulator`: NFC Forum Type 2, 3 and 4 tags for nfcpy's ``udp`` transport;
- :mod:`.pcscd_private`: a private ``pcscd`` with the vpcd readers, for tests and benches.
"""
