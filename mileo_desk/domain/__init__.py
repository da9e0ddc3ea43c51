"""The registry's domain: enums, frozen records, rules and errors. Standard library only."""
