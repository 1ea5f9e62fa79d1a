#include "WindowWording.h"

#include <QRegularExpression>
#include <QStringList>

namespace LeadStage {

bool namesCommandLine(const QString &text)
{
    // "leadstage" followed by a lower-case command word (not "a .leadstage file"), or a long option.
    static const QRegularExpression commandLine(uR"((^|[\s`(])leadstage [a-z]|(^|[\s`(])--[a-z])"_qs);
    return commandLine.match(text).hasMatch();
}

QString withoutCommandLine(const QString &original)
{
    if (!namesCommandLine(original))
        return original;
    // First the brackets that name both ways: "(--encoding on the command line, Encoding in the
    // import wizard)" keeps the window's part; a bracket of command line alone goes.
    static const QRegularExpression bracket(uR"(\s*\(([^()]*)\))"_qs);
    QString text;
    qsizetype from = 0;
    for (auto match = bracket.globalMatch(original); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        text += original.mid(from, found.capturedStart() - from);
        from = found.capturedEnd();
        QStringList kept;
        for (const QString &part : found.captured(1).split(u", "_qs))
            if (!namesCommandLine(part))
                kept << part;
        if (kept.size() == found.captured(1).split(u", "_qs).size())
            text += found.captured(0);
        else if (!kept.isEmpty())
            text += u" ("_qs + kept.join(u", "_qs) + u')';
    }
    text += original.mid(from);
    // Sentences end at ". ", "? " or "! "; a path's dots ("a .leadstage file") are not followed by a space.
    static const QRegularExpression sentenceEnd(uR"((?<=[.?!])\s+)"_qs);
    QStringList kept;
    for (const QString &sentence : text.split(sentenceEnd, Qt::SkipEmptyParts))
        if (!namesCommandLine(sentence))
            kept << sentence;
    return kept.join(u' ');
}

Error forWindow(Error error)
{
    // What went wrong stays whole; only an option named in brackets goes: "(--count-as-events)".
    static const QRegularExpression option(uR"(\s*\((--[a-z][^)]*)\))"_qs);
    error.what.remove(option);
    error.hint = withoutCommandLine(error.hint);
    return error;
}

} // namespace LeadStage
