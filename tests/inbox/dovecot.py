"""A real IMAP server for the mailbox tests: Debian's Dovecot, unprivileged, on 127.0.0.1.

Each instance lives in its own temporary folder (config, passwd-file, maildirs, sockets),
listens on a free port with ``ssl = no``, starts in well under a second and is stopped
and removed afterwards. Messages are delivered with ``doveadm save``; ``doveadm`` also
reads flags and resets a folder's UIDVALIDITY.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

DOVECOT = os.environ.get("DOVECOT_PATH", "/usr/sbin/dovecot")
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
instance_name = followup-test-{port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# A refused password answers at once (the default waits 2 s to slow down guessing).
auth_failure_delay = 0
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 0
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/home/%u
}}
namespace inbox {{
  inbox = yes
  mailbox "All Mail" {{
    special_use = \\All
    auto = subscribe
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def available() -> bool:
    return os.path.exists(DOVECOT) and os.path.exists(DOVEADM)


class Dovecot:
    def __init__(self, users: dict[str, str]):
        self.users = users
        self.port = free_port()
        # Short: unix socket paths under base_dir must stay below 108 characters.
        self.root = Path(tempfile.mkdtemp(prefix="dovecot-"))
        self.root.chmod(0o755)  # the mail user (nobody, when we are root) must get in
        self.config = self.root / "dovecot.conf"

    def start(self) -> Dovecot:
        me = pwd.getpwuid(os.getuid())
        if os.getuid() == 0:
            # Dovecot refuses to run logins or mail as root: both run as nobody.
            nobody = pwd.getpwnam("nobody")
            login_user, mail_uid, mail_gid = "nobody", nobody.pw_uid, nobody.pw_gid
        else:
            login_user, mail_uid, mail_gid = me.pw_name, me.pw_uid, me.pw_gid
        internal_group = grp.getgrgid(me.pw_gid).gr_name
        for folder in ("run", "state", "mail", "home"):
            (self.root / folder).mkdir()
        for folder in ("mail", "home"):
            os.chown(self.root / folder, mail_uid, mail_gid)
        (self.root / "passwd").write_text(
            "".join(f"{user}:{{PLAIN}}{password}\n" for user, password in self.users.items())
        )
        self.config.write_text(
            CONFIG.format(
                root=self.root,
                port=self.port,
                internal_user=me.pw_name,
                internal_group=internal_group,
                login_user=login_user,
                mail_uid=mail_uid,
                mail_gid=mail_gid,
            )
        )
        # The daemon keeps the descriptors it was given: no pipes, or run() never returns.
        with open(self.root / "start.log", "wb") as out:
            subprocess.run(
                [DOVECOT, "-c", str(self.config)],
                check=True,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=out,
                timeout=30,
            )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"Dovecot did not start: {self.log()}")

    def stop(self) -> None:
        pid_file = self.root / "run" / "master.pid"
        if pid_file.exists():
            pid = int(pid_file.read_text().strip())
            # The master leads its own process group (it daemonized): the whole instance
            # goes at once. A clean SIGTERM shutdown takes Dovecot about 3 s.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text() if path.exists() else ""

    def doveadm(self, *args: str, input: bytes | None = None) -> str:
        result = subprocess.run(
            [DOVEADM, "-c", str(self.config), *args],
            input=input,
            capture_output=True,
            timeout=30,
        )
        if result.returncode != 0:
            raise RuntimeError(f"doveadm {args}: {result.stderr.decode(errors='replace')}")
        return result.stdout.decode(errors="replace")

    def deliver(self, user: str, message: bytes, *, folder: str = "INBOX") -> None:
        self.doveadm("save", "-u", user, "-m", folder, input=message)

    def flags(self, user: str, *, folder: str = "INBOX") -> list[str]:
        """The flags of each message in ``folder``, in UID order."""
        out = self.doveadm("fetch", "-u", user, "flags", "mailbox", folder)
        return [
            line[len("flags:") :].strip() for line in out.splitlines() if line.startswith("flags:")
        ]

    def uidvalidity(self, user: str, *, folder: str = "INBOX") -> int:
        out = self.doveadm("mailbox", "status", "-u", user, "uidvalidity", folder)
        return int(out.split("uidvalidity=")[1].split()[0])

    def set_uidvalidity(self, user: str, value: int, *, folder: str = "INBOX") -> None:
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(value), folder)
