"""A real SMTP server on 127.0.0.1 for the mail tests (Python's aiosmtpd from PyPI).

Usage: smtp_sink.py PORT FOLDER

Writes every message it accepts to FOLDER as a .eml file (whole, as received) and refuses for
good (550) any recipient whose address starts with "weiger", so a bounce can be tested. Prints
"ready" once it listens; stops when killed.
"""

import itertools
import os
import signal
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.numbers = itertools.count()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("weiger"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, f"{os.getpid()}-{next(self.numbers)}.eml")
        with open(name + ".tmp", "wb") as out:
            out.write(envelope.original_content or envelope.content)
        os.rename(name + ".tmp", name)
        return "250 Message accepted for delivery"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


main()
