#!/usr/bin/env python3
"""Lists what is unfinished or broken in .ts files: untranslated or empty entries, placeholders (%1, %n),
HTML tags or keyboard accelerators that differ from the source. Exit status 1 when anything is found.

    translations/tools/ts_check.py translations/reelpulse_*.ts
"""
import sys
import xml.etree.ElementTree as ET

import tsmessages


def main():
    bad = 0
    for path in sys.argv[1:]:
        tree = ET.parse(path)
        for (context, source, _), message, numerus in tsmessages.messages(tree):
            if tsmessages.is_unfinished(message, numerus):
                print("%s: unfinished [%s] %r" % (path, context, source[:80]))
                bad += 1
                continue
            for problem in tsmessages.problems(source, tsmessages.translations_of(message, numerus), numerus):
                print("%s: [%s] %r: %s" % (path, context, source[:80], problem))
                bad += 1
    print("%d problem(s)" % bad, file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
