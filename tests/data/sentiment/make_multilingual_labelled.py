#!/usr/bin/env python3
"""Builds multilingual_labelled.tsv from the two public sources described in README.md.

Usage: make_multilingual_labelled.py <xlm-t/data/sentiment> <Instagram_Ratings.csv> > multilingual_labelled.tsv

- xlm-t/data/sentiment: the folder data/sentiment of github.com/cardiffnlp/xlm-t (commit
  874214d64d96599eb869a033c22ec2cc57d19256): UMSAB, per language {train,val,test}_{text,labels}.txt, one tweet and
  one label (0 negative, 1 neutral, 2 positive) per line.
- Instagram_Ratings.csv: Instagram_Ratings.csv of github.com/solunmanrique/AnalisisSentimientosInstagram (commit
  b864ffb46b8927595107c413814ebe802c4b1889, no licence stated): Spanish comments on one Instagram post, labelled
  Positivo / Negativo / Neutro.

Only the Python standard library is used; the output is deterministic. Run it once to refresh the file; the tests
and the build never run it.
"""
import csv
import html
import os
import sys

UMSAB_LANGUAGES = [("spanish", "es"), ("portuguese", "pt"), ("german", "de"), ("french", "fr"), ("italian", "it")]
UMSAB_LABELS = {"0": "negative", "1": "neutral", "2": "positive"}
RPP_LABELS = {"Positivo": "positive", "Negativo": "negative", "Neutro": "neutral"}


def fnv1a32(data: bytes) -> int:
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def split_of(text: str) -> str:
    """The split rule (as in instagram_labelled.tsv, checked by testSentimentLanguages): FNV-1a 32 of the UTF-8
    text, mod 3 == 0 is held back."""
    return "heldback" if fnv1a32(text.encode("utf-8")) % 3 == 0 else "tuning"


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def clean(text: str) -> str:
    # Whitespace at the ends carries nothing; inner whitespace and line breaks stay as written.
    return text.strip(" \t\r\n\ufeff")


def read_umsab(folder):
    for name, code in UMSAB_LANGUAGES:
        for part in ("train", "val", "test"):
            base = os.path.join(folder, name, part)
            with open(base + "_text.txt", encoding="utf-8", newline="\n") as f:
                texts = f.read().split("\n")
            with open(base + "_labels.txt", encoding="utf-8", newline="\n") as f:
                labels = f.read().split("\n")
            for number, (text, label) in enumerate(zip(texts, labels), start=1):
                if label.strip() not in UMSAB_LABELS:
                    continue
                # The tweets keep the Twitter API's HTML escapes (&lt;3, &amp;): decoded back to the characters.
                yield "umsab", "%s-%d" % (part, number), code, UMSAB_LABELS[label.strip()], html.unescape(text)


def read_rpp(path):
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            label = RPP_LABELS.get(row["Rating"].strip())
            if label:
                # Only the text and the label: no user names.
                yield "rppcomments", row["Column1"].strip(), "es", label, row["Comment"]


def main():
    rows = []
    for source, ident, lang, label, text in list(read_umsab(sys.argv[1])) + list(read_rpp(sys.argv[2])):
        text = clean(text)
        if text:
            rows.append((source, ident, lang, label, text))
    # A text that occurs more than once in a language is kept once if its labels agree, dropped if they do not.
    labels = {}
    for source, ident, lang, label, text in rows:
        labels.setdefault((lang, text), set()).add(label)
    seen = set()
    out = sys.stdout
    out.write("source\tid\tlang\tsplit\tlabel\ttext\n")
    for source, ident, lang, label, text in rows:
        key = (lang, text)
        if len(labels[key]) != 1 or key in seen:
            continue
        seen.add(key)
        out.write("\t".join((source, ident, lang, split_of(text), label, escape(text))) + "\n")


if __name__ == "__main__":
    main()
