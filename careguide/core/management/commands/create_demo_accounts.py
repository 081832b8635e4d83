from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from careguide.core.demo_accounts import demo_accounts_create


class Command(BaseCommand):
    help = "Create the demo sign-ins (development settings only). Safe to run again."

    def handle(self, *args: object, **options: object) -> None:
        try:
            done = demo_accounts_create()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        for account, created in done:
            state = "created" if created else "already there"
            self.stdout.write(f"{account.role}: {account.username} / {account.password} ({state})")
