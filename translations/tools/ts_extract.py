#!/usr/bin/env python3
"""Writes the messages of a .ts file that still need a translation to a JSON work file.

    translations/tools/ts_extract.py translations/reelpulse_de.ts work_de.json [--all] [--limit N]

Each entry has context, source, comment, numerus, the number of plural forms, the current draft (lupdate's
same-text guess, if any) and "translation": null. Fill "translation" (a string, or a list of one string per
plural form for numerus entries) and give the file to ts_apply.py. --all lists finished messages too.
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET

import tsmessages


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ts")
    parser.add_argument("out")
    parser.add_argument("--all", action="store_true", help="also messages that are finished")
    parser.add_argument("--limit", type=int, default=0, help="at most N entries (work in batches)")
    args = parser.parse_args()

    tree = ET.parse(args.ts)
    forms = tsmessages.plural_count(tree)
    entries = []
    for (context, source, comment), message, numerus in tsmessages.messages(tree):
        if not args.all and not tsmessages.is_unfinished(message, numerus):
            continue
        entry = {"context": context, "source": source}
        if comment:
            entry["comment"] = comment
        if numerus:
            entry["numerus"] = True
            entry["forms"] = forms
        draft = tsmessages.translations_of(message, numerus)
        if draft and (not numerus or any(draft)):
            entry["draft"] = draft
        entry["translation"] = None
        entries.append(entry)
        if args.limit and len(entries) >= args.limit:
            break
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump({"language": tsmessages.language_of(tree), "entries": entries}, out, ensure_ascii=False, indent=1)
        out.write("\n")
    print("%d message(s) to translate written to %s" % (len(entries), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
