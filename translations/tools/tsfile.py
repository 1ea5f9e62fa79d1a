"""Reading and writing Qt Linguist .ts files for the two topping-up scripts.

A message is named by its context and source text (and disambiguation comment),
the same key lupdate and QTranslator use.
"""

import os
import xml.etree.ElementTree as ET


def key_of(context, message):
    return (context, message.findtext("source", ""), message.findtext("comment", ""))


def messages(root):
    """(context name, <message> element) for every message, in file order."""
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def read(path):
    return ET.parse(path)


def _protect(text):
    # As lupdate writes text, so a file it wrote and one written here look alike.
    out = []
    for char in text or "":
        if char == "&":
            out.append("&amp;")
        elif char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append("&gt;")
        elif char == '"':
            out.append("&quot;")
        elif char == "'":
            out.append("&apos;")
        elif ord(char) < 0x20 and char not in "\n\r\t":
            out.append("&#x%x;" % ord(char))
        else:
            out.append(char)
    return "".join(out)


def _open_tag(element, close=False):
    attributes = "".join(' %s="%s"' % (name, _protect(value)) for name, value in element.attrib.items())
    return "<%s%s%s>" % (element.tag, attributes, "/" if close else "")


def _element(element, indent):
    pad = " " * indent
    if element.tag == "translation" and element.findall("numerusform"):
        lines = [pad + _open_tag(element)]
        for form in element.findall("numerusform"):
            lines.append(pad + "    " + _open_tag(form) + _protect(form.text) + "</numerusform>")
        lines.append(pad + "</translation>")
        return lines
    if element.tag == "location" or (not element.text and len(element) == 0 and element.tag != "translation"
                                     and element.tag != "source"):
        return [pad + _open_tag(element, close=True)]
    return [pad + _open_tag(element) + _protect(element.text) + "</%s>" % element.tag]


def write(tree, path):
    """Writes the .ts the way lupdate does, so a diff shows only what changed."""
    root = tree.getroot()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", _open_tag(root)]
    for context in root.findall("context"):
        lines.append("<context>")
        for child in context:
            if child.tag == "message":
                lines.append("    " + _open_tag(child))
                for part in child:
                    lines.extend(_element(part, 8))
                lines.append("    </message>")
            else:
                lines.extend(_element(child, 4))
        lines.append("</context>")
    lines.append("</TS>")
    with open(path + ".part", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    os.replace(path + ".part", path)


def is_finished(message):
    translation = message.find("translation")
    if translation is None:
        return False
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "") for form in forms)
    return bool(translation.text)
