#!/usr/bin/env python3
"""Lists the messages of a .ts file that still need a translation, as JSON.

    translations/tools/ts_unfinished.py translations/leadstage_fr.ts > fr-todo.json

Each entry: context, source, comment (disambiguation, often empty), numerus (true
for "%n …" messages: give a list of forms, in French and Spanish [one, other]),
where (a source file:line to look at), hint (the German translation, when there is
one, to see how a term was rendered) and translation (empty: fill it in, then run
ts_apply.py). Messages marked vanished/obsolete are not listed: lupdate -no-obsolete
drops them (ts_apply.py --drop-obsolete does too).
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tsfile  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ts", help="the .ts file to list")
    parser.add_argument("--hint", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                                       "leadstage_de.ts"),
                        help="a finished .ts whose translations are shown as hints (default: German)")
    parser.add_argument("--all", action="store_true", help="list finished messages too")
    args = parser.parse_args()

    hints = {}
    if args.hint and os.path.exists(args.hint) and os.path.abspath(args.hint) != os.path.abspath(args.ts):
        for context, message in tsfile.messages(tsfile.read(args.hint).getroot()):
            translation = message.find("translation")
            if translation is None or not tsfile.is_finished(message):
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            hints[tsfile.key_of(context, message)] = forms if message.get("numerus") == "yes" else translation.text

    todo = []
    for context, message in tsfile.messages(tsfile.read(args.ts).getroot()):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        if tsfile.is_finished(message) and not args.all:
            continue
        key = tsfile.key_of(context, message)
        location = message.find("location")
        entry = {
            "context": key[0],
            "source": key[1],
            "comment": key[2],
            "numerus": message.get("numerus") == "yes",
            "where": "" if location is None else "%s:%s" % (location.get("filename", ""), location.get("line", "")),
            "hint": hints.get(key, ""),
            "translation": "",
        }
        if args.all and translation is not None:
            forms = [form.text or "" for form in translation.findall("numerusform")]
            entry["translation"] = forms if entry["numerus"] else (translation.text or "")
        todo.append(entry)
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    print("%d message(s) to translate in %s" % (len(todo), args.ts), file=sys.stderr)


if __name__ == "__main__":
    main()
