#!/usr/bin/env python3
"""Builds instagram_labelled.tsv from the two public sources described in README.md.

Usage: make_instagram_labelled.py <instactivism.csv> <training_comments_done.xlsx> > instagram_labelled.tsv

- instactivism.csv: data/insta_activism_sentiment_text_21_22_reduced.csv of
  github.com/kendramlyons/instagram-sentiment-analysis (commit 59277705fdb517324745f7407490b41b759d9d12, CC0 1.0).
- training_comments_done.xlsx: data/training_comments_done.xlsx of github.com/cgoods94/instagram-comment-sentiment
  (commit d7aee66, no licence stated).

Only the Python standard library is used; the output is deterministic. Run it once to refresh the file; the tests
and the build never run it.
"""
import csv
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

R_ESCAPE = re.compile(r"<U\+([0-9A-Fa-f]{4,8})>")
XLSX_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
LABELS = {"positive", "neutral", "negative"}


def fnv1a32(data: bytes) -> int:
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def split_of(text: str) -> str:
    """The split rule (also checked by testSentimentInstagram): FNV-1a 32 of the UTF-8 text, mod 3 == 0 is held back."""
    return "heldback" if fnv1a32(text.encode("utf-8")) % 3 == 0 else "tuning"


def latin_share(text: str) -> float:
    """Share of letters in Latin script (Mathematical Alphanumeric and small-capital letters count as Latin)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for c in letters if ord(c) < 0x250 or 0x1D00 <= ord(c) <= 0x1D7F or 0x1D400 <= ord(c) <= 0x1D7FF)
    return latin / len(letters)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def read_instactivism(path):
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            # The file was written by R, which escapes characters outside the locale as <U+XXXX>.
            text = R_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), row["description"])
            yield "instactivism", row["post_id"], row["sentiment"].strip().lower(), text


def read_comments(path):
    archive = zipfile.ZipFile(path)
    shared = []
    root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
    for item in root.findall(XLSX_NS + "si"):
        shared.append("".join(t.text or "" for t in item.iter(XLSX_NS + "t")))
    sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    header = None
    for row in sheet.iter(XLSX_NS + "row"):
        values = {}
        for cell in row.findall(XLSX_NS + "c"):
            column = re.match(r"[A-Z]+", cell.get("r")).group(0)
            value = cell.find(XLSX_NS + "v")
            if value is None:
                continue
            values[column] = shared[int(value.text)] if cell.get("t") == "s" else value.text
        if header is None:
            header = {name: column for column, name in values.items()}
            continue
        if values.get(header["valid"]) != "1":
            continue
        yield "igcomments", values[header["training_id"]], values[header["label"]].strip().lower(), values[header["text"]]


def main():
    rows = []
    for source, ident, label, text in list(read_instactivism(sys.argv[1])) + list(read_comments(sys.argv[2])):
        # Whitespace at the ends carries nothing; inner whitespace and line breaks stay as written.
        text = text.strip(" \t\r\n\ufeff")
        if label not in LABELS or not text or latin_share(text) < 0.6:
            continue
        rows.append((source, ident, label, text))
    # A text that occurs more than once is kept once if its labels agree, dropped if they do not.
    labels = {}
    for source, ident, label, text in rows:
        labels.setdefault(text, set()).add(label)
    seen = set()
    out = sys.stdout
    out.write("source\tid\tsplit\tlabel\ttext\n")
    for source, ident, label, text in rows:
        if len(labels[text]) != 1 or text in seen:
            continue
        seen.add(text)
        out.write("\t".join((source, ident, split_of(text), label, escape(text))) + "\n")


if __name__ == "__main__":
    main()
