"""Platform adapters. Each is imported only when its platform is configured (start-up cost)."""
