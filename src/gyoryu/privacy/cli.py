"""`gyoryu privacy export|erase|purge` and the retention run of `gyoryu remind`."""

from __future__ import annotations

import json
import sys


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    p = sub.add_parser("export", help="everything held about one person, as JSON")
    p.add_argument("person", type=int, help="the person's id (as in /organisations/people/ID/)")
    p.add_argument("file", nargs="?", default="-", help="file to write (default: standard output)")
    p = sub.add_parser("erase", help="erase one person's personal data (meetings and totals stay)")
    p.add_argument("person", type=int)
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p = sub.add_parser("purge", help="erase everyone inactive for longer than the retention period")
    p.add_argument("--months", type=int, help="instead of the setting privacy_retention_months")
    p.add_argument("--organiser", help="organiser slug (default: every organiser)")
    p.add_argument("--dry-run", action="store_true", help="list who would be erased; change nothing")


def _person(pk: int):
    from gyoryu.organizations.models import Person

    person = Person.objects.select_related("organiser", "user").filter(pk=pk).first()
    if person is None:
        raise SystemExit(f"gyoryu privacy: no person with id {pk}")
    return person


def run_privacy(args) -> int:
    from django.conf import settings
    from django.core.exceptions import ValidationError
    from django.core.serializers.json import DjangoJSONEncoder

    from gyoryu.privacy import domain

    if args.action == "export":
        from gyoryu.privacy.export import person_data

        text = json.dumps(person_data(_person(args.person)), cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
        if args.file == "-":
            sys.stdout.write(text + "\n")
        else:
            with open(args.file, "x", encoding="utf-8") as out:  # never overwrites
                out.write(text + "\n")
            print(f"gyoryu privacy: person {args.person} written to {args.file}")
        return 0
    if args.action == "erase":
        if not args.yes:
            print("gyoryu privacy erase: add --yes to confirm (this cannot be undone)", file=sys.stderr)
            return 2
        from django.contrib.auth.models import User

        by = User.objects.filter(username=args.as_user).first() if getattr(args, "as_user", "") else None
        try:
            domain.erase_person(person=_person(args.person), by=by)
        except ValidationError as exc:
            print(f"gyoryu privacy erase: {exc.messages[0]}", file=sys.stderr)
            return 1
        print(f"gyoryu privacy: person {args.person} erased")
        return 0
    months = args.months if args.months is not None else settings.GYORYU_PRIVACY_RETENTION_MONTHS
    if months < 1:
        print("gyoryu privacy purge: no retention period (set privacy_retention_months or --months)", file=sys.stderr)
        return 2
    organisers = None
    if args.organiser:
        from gyoryu.accounts.models import Organiser

        organisers = list(Organiser.objects.filter(slug=args.organiser).values_list("pk", flat=True))
        if not organisers:
            raise SystemExit(f"gyoryu privacy: no organiser {args.organiser!r}")
    people, cutoff = domain.purge(months=months, organiser_ids=organisers, dry_run=args.dry_run)
    _report(people, cutoff, dry_run=args.dry_run)
    return 0


def _report(people, cutoff, *, dry_run: bool) -> None:
    verb = "would erase" if dry_run else "erased"
    print(f"gyoryu privacy: {verb} {len(people)} people inactive since before {cutoff.isoformat()}")
    if dry_run:
        for person in people:
            print(f"  {person.pk}\t{person.name_ko or '-'}\t{person.name_en or '-'}")


def run(args) -> int:
    """The daily retention run of `gyoryu remind` (nothing when privacy_retention_months is 0)."""
    from django.conf import settings

    from gyoryu.privacy import domain

    months = settings.GYORYU_PRIVACY_RETENTION_MONTHS
    if months < 1:
        return 0
    people, cutoff = domain.purge(months=months)
    _report(people, cutoff, dry_run=False)
    return 0
