"""Where a page's time goes: cProfile over N requests, in process, as the bench user.

    .venv/bin/python bench/profile_page.py /dashboard/ [--n 30] [--sort tottime] [--post BODY]

Runs after ``make bench`` (or ``manage.py seed_bench bench@followup.local``) against the
same DATABASE_URL, with DEBUG off and cached templates as in production.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--limit", type=int, default=35)
    parser.add_argument("--post", help="urlencoded body: POST instead of GET")
    parser.add_argument("--dump", help="write the raw profile to this file (pstats)")
    args = parser.parse_args()

    sys.path.insert(0, str(BASE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    os.environ.update(DEBUG="0", BENCH="1", SECURE_SSL_REDIRECT="0", ALLOWED_HOSTS="testserver")
    os.environ.setdefault("SECRET_KEY", "bench-profile-only")
    os.environ.setdefault("MAILBOX_ENCRYPTION_KEY", "YmVuY2gtcHJvZmlsZS1vbmx5LWtleS0wMDAwMDAwMDA=")
    import django

    django.setup()
    from django.test import Client

    from accounts.models import User

    client = Client()
    client.force_login(User.objects.get(email="bench@followup.local"))

    def request():
        if args.post:
            response = client.post(
                args.path, args.post, content_type="application/x-www-form-urlencoded"
            )
        else:
            response = client.get(args.path)
        assert response.status_code == 200, response.status_code
        return response

    size = len(request().content)  # warm: templates compiled, connections open
    started = time.perf_counter()
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    for _ in range(args.n):
        request()
    profile.disable()
    elapsed = (time.perf_counter() - started) / args.n * 1000
    print(f"{args.path}: {size:,} bytes, {elapsed:.1f} ms per request under the profiler")
    if args.dump:
        profile.dump_stats(args.dump)
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.limit)


if __name__ == "__main__":
    main()
