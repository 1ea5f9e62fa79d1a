#include "XlsxSheetNames.h"

#include <QSet>

namespace LeadStage::XlsxSheetNames {

namespace {

// At most `length` UTF-16 units: at the last space when that keeps at least half, so
// "The four IQL metrics against their bands" reads "The four IQL metrics against", not
// "…against th"; never splitting a surrogate pair.
QString cut(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    if (text.at(length) != u' ') {
        const qsizetype space = text.lastIndexOf(u' ', length - 1);
        if (space >= length / 2)
            return text.left(space).trimmed();
    }
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length).trimmed();
}

QString cleaned(const QString &title)
{
    QString name = title.simplified();
    for (QChar &c : name)
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'_';
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = cut(name, maximumLength);
    while (name.endsWith(u'\''))
        name.chop(1);
    name = name.trimmed();
    return name.isEmpty() ? u"Table"_qs : name;
}

} // namespace

QStringList make(const QStringList &titles, const QStringList &taken)
{
    QSet<QString> used;
    for (const QString &name : taken)
        used.insert(name.toCaseFolded());
    QStringList names;
    for (const QString &title : titles) {
        const QString base = cleaned(title);
        QString name = base;
        for (int n = 2; used.contains(name.toCaseFolded()); ++n) {
            const QString suffix = u" (%1)"_qs.arg(n);
            name = cut(base, maximumLength - int(suffix.size())).trimmed() + suffix;
        }
        used.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

} // namespace LeadStage::XlsxSheetNames
