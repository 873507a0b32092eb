"""Reading and writing the messages of a Qt Linguist .ts file (shared by ts_extract.py, ts_apply.py, ts_check.py).

A message is keyed by (context, source, comment): the key lupdate and QTranslator use.
"""
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d+|%n")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=[^\s&;])")


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f]")


def text_of(element):
    """The text of a <source>, <translation> or <numerusform>: lupdate writes control characters that XML cannot
    hold (a carriage return) as <byte value="xd"/>."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            value = child.get("value", "")
            parts.append(chr(int(value[1:], 16) if value.startswith("x") else int(value)))
        parts.append(child.tail or "")
    return "".join(parts)


def set_text(element, value):
    """Sets the text of an element, writing control characters as <byte value="x…"/> like lupdate."""
    for child in [c for c in element if c.tag == "byte"]:
        element.remove(child)
    pieces = CONTROL.split(value)
    controls = CONTROL.findall(value)
    element.text = pieces[0]
    for control, tail in zip(controls, pieces[1:]):
        byte = ET.SubElement(element, "byte", {"value": "x%x" % ord(control)})
        byte.tail = tail


def key_of(context, message):
    return (context, text_of(message.find("source")), text_of(message.find("comment")))


def messages(tree):
    """(key, message element, is_numerus) for every message of the file, in file order."""
    for context in tree.getroot().findall("context"):
        name = context.findtext("name", "")
        for message in context.findall("message"):
            yield key_of(name, message), message, message.get("numerus") == "yes"


def translations_of(message, numerus):
    """The translation(s) of a message: a list of forms for a plural message, else one string."""
    translation = message.find("translation")
    if translation is None:
        return [] if numerus else ""
    if numerus:
        return [text_of(form) for form in translation.findall("numerusform")]
    return text_of(translation)


def is_unfinished(message, numerus):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    value = translations_of(message, numerus)
    return (not value or any(not form for form in value)) if numerus else not value


def plural_count(tree):
    """How many plural forms the file's language has (as lupdate laid them out)."""
    for _, message, numerus in messages(tree):
        if numerus:
            return max(1, len(message.find("translation").findall("numerusform")))
    return {"de": 2, "es": 2, "fr": 2, "pt": 2, "it": 2}.get(language_of(tree)[:2], 2)


def language_of(tree):
    return tree.getroot().get("language", "")


def problems(source, translation, numerus):
    """What is wrong with a translation: placeholders, HTML tags or accelerators that differ from the source."""
    found = []
    forms = translation if numerus else [translation]
    wanted = sorted(set(PLACEHOLDER.findall(source)) - ({"%n"} if numerus else set()))
    for form in forms:
        if not form:
            found.append("empty translation")
            continue
        have = sorted(set(PLACEHOLDER.findall(form)) - ({"%n"} if numerus else set()))
        if have != wanted:
            found.append("placeholders %s, source has %s: %r" % (have, wanted, form))
        if sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
            found.append("HTML tags differ: %r" % form)
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(form)):
            found.append("keyboard accelerator (&) missing or extra: %r" % form)
    if numerus and "%n" in source and not any("%n" in form for form in forms):
        found.append("no plural form shows the number %n")
    return found


def write(tree, path):
    """Writes the file, then lets lconvert lay it out exactly as lupdate does (when it is installed)."""
    tree.write(path, encoding="utf-8", xml_declaration=True)
    lconvert = shutil.which("lconvert") or "/usr/lib/qt6/bin/lconvert"
    if os.path.exists(lconvert):
        subprocess.run([lconvert, "-locations", "none", "-i", path, "-o", path], check=True)
