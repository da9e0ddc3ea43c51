"""PDF reports: report DTOs in, PDF bytes out (ReportLab). Each document prints the
fingerprint of its content (SPEC §7)."""
