#!/usr/bin/env python3
"""Writes translations from a JSON file into a .ts file and marks them finished.

    translations/tools/ts_apply.py translations/leadstage_fr.ts fr-todo.json

The JSON is what ts_unfinished.py printed, with "translation" filled in: a string,
or for numerus messages a list of forms. Entries with an empty translation are
skipped; entries naming no message of the file are reported and make the script
exit 1 (a typo in a source text would otherwise be lost silently). Placeholders
(%1…%9, %n, %Ln) missing from a translation are reported and the entry is not
applied. --drop-obsolete removes vanished/obsolete messages (as lupdate
-no-obsolete does).
"""

import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tsfile  # noqa: E402

PLACEHOLDER = re.compile(r"%L?([1-9]|n)")


def placeholders(text):
    return {match.group(1) for match in PLACEHOLDER.finditer(text or "")}


def missing_placeholders(source, forms, numerus, language):
    wanted = placeholders(source)
    problems = []
    for index, form in enumerate(forms):
        needed = set(wanted)
        # English and German use their first form only for n = 1: "1 lead" may spell it.
        if numerus and index == 0 and len(forms) > 1 and language in ("en", "de"):
            needed.discard("n")
        lost = needed - placeholders(form)
        if lost:
            problems.append("form %d lacks %s" % (index + 1, ", ".join("%" + p for p in sorted(lost))))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ts")
    parser.add_argument("json", nargs="+")
    parser.add_argument("--drop-obsolete", action="store_true")
    args = parser.parse_args()

    tree = tsfile.read(args.ts)
    root = tree.getroot()
    language = (root.get("language") or "")[:2]
    by_key = {}
    for context, message in tsfile.messages(root):
        by_key[tsfile.key_of(context, message)] = message

    failed = False
    applied = 0
    for path in args.json:
        with open(path, encoding="utf-8") as file:
            entries = json.load(file)
        for entry in entries:
            translation = entry.get("translation")
            if not translation:
                continue
            key = (entry["context"], entry["source"], entry.get("comment", ""))
            message = by_key.get(key)
            if message is None:
                print("%s: no message %r in context %s" % (path, entry["source"], entry["context"]), file=sys.stderr)
                failed = True
                continue
            numerus = message.get("numerus") == "yes"
            forms = translation if isinstance(translation, list) else [translation]
            if numerus != isinstance(translation, list):
                print("%s: %r needs %s" % (path, entry["source"], "a list of forms" if numerus else "one string"),
                      file=sys.stderr)
                failed = True
                continue
            problems = missing_placeholders(entry["source"], forms, numerus, language)
            if problems:
                print("%s: %r: %s" % (path, entry["source"], "; ".join(problems)), file=sys.stderr)
                failed = True
                continue
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            element.attrib.clear()
            for child in list(element):
                element.remove(child)
            if numerus:
                element.text = None
                for form in forms:
                    ET.SubElement(element, "numerusform").text = form
            else:
                element.text = forms[0]
            applied += 1

    if args.drop_obsolete:
        for context in list(root.iter("context")):
            for message in list(context.findall("message")):
                element = message.find("translation")
                if element is not None and element.get("type") in ("vanished", "obsolete"):
                    context.remove(message)
        for context in list(root.findall("context")):
            if not context.findall("message"):
                root.remove(context)

    tsfile.write(tree, args.ts)
    left = sum(1 for _, message in tsfile.messages(root) if not tsfile.is_finished(message))
    print("%d translation(s) applied to %s; %d message(s) still unfinished" % (applied, args.ts, left),
          file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
