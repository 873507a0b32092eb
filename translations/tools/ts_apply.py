#!/usr/bin/env python3
"""Writes translations from JSON work files (made by ts_extract.py) back into a .ts file.

    translations/tools/ts_apply.py translations/reelpulse_de.ts work_de.json [more.json ...]

Entries are matched by context, source and comment; entries whose "translation" is null are skipped. A
translation whose placeholders (%1, %L1, %n), HTML tags or keyboard accelerators (&) differ from the source is
refused and listed (exit status 1), the others are written and marked finished. An entry without "context"
applies to every message with that source text.
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET

import tsmessages


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ts")
    parser.add_argument("work", nargs="+")
    args = parser.parse_args()

    by_key, by_source = {}, {}
    for path in args.work:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for entry in data["entries"] if isinstance(data, dict) else data:
            if entry.get("translation") in (None, "", []):
                continue
            if "context" in entry:
                by_key[(entry["context"], entry["source"], entry.get("comment", ""))] = entry["translation"]
            else:
                by_source[entry["source"]] = entry["translation"]

    tree = ET.parse(args.ts)
    forms = tsmessages.plural_count(tree)
    written, refused, used = 0, [], set()
    for key, message, numerus in tsmessages.messages(tree):
        value = by_key.get(key, by_source.get(key[1]))
        if value is None:
            continue
        used.add(key)
        if numerus and isinstance(value, str):
            value = [value] * forms
        if not numerus and isinstance(value, list):
            refused.append((key, "a list given for a message without plural forms"))
            continue
        if numerus and len(value) != forms:
            refused.append((key, "%d plural forms given, the language has %d" % (len(value), forms)))
            continue
        found = tsmessages.problems(key[1], value, numerus)
        if found:
            refused.append((key, "; ".join(found)))
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if numerus:
            translation.text = None
            for form in value:
                tsmessages.set_text(ET.SubElement(translation, "numerusform"), form)
        else:
            tsmessages.set_text(translation, value)
        written += 1

    tsmessages.write(tree, args.ts)
    unknown = [k for k in by_key if k not in used]
    print("%s: %d translation(s) written, %d refused, %d not in the file" % (args.ts, written, len(refused),
                                                                             len(unknown)), file=sys.stderr)
    for key, why in refused:
        print("  refused [%s] %r: %s" % (key[0], key[1][:80], why), file=sys.stderr)
    for key in unknown[:20]:
        print("  not in the file: [%s] %r" % (key[0], key[1][:80]), file=sys.stderr)
    sys.exit(1 if refused else 0)


if __name__ == "__main__":
    main()
