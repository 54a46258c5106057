from django.apps import AppConfig


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "lantoa.accounts"
    # Second-factor secrets never go into a backup: the TOTP secret in clear would be a second
    # factor for whoever holds the archive, and unsalted recovery-code hashes can be guessed
    # offline. After a restore these users enrol again at their next sign-in (password first).
    backup_excluded_models = ("TotpDevice", "RecoveryCode")
