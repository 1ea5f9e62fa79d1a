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

QString withoutCommandLine(const QString &text)
{
    if (!namesCommandLine(text))
        return text;
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
