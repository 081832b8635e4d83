from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from careguide.core.demo_accounts import demo_otp_code


class Command(BaseCommand):
    help = "Print the current two-step sign-in code of a demo staff account (development only)."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("username")

    def handle(self, *args: object, **options: object) -> None:
        try:
            self.stdout.write(demo_otp_code(str(options["username"])))
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        except Exception as error:  # noqa: BLE001 - any lookup failure means "no such demo account"
            raise CommandError(f"No demo authenticator for {options['username']!r}.") from error
