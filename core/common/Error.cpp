#include "Error.h"

namespace LeadStage {

QString Error::toString() const
{
    QString text;
    if (!where.isEmpty()) {
        text += where;
        if (line > 0) {
            text += u':' + QString::number(line);
            if (column > 0)
                text += u':' + QString::number(column);
        }
        text += u": "_qs;
    }
    text += what;
    if (!hint.isEmpty()) {
        if (!text.endsWith(u'.'))
            text += u'.';
        text += u' ' + hint;
    }
    return text;
}

} // namespace LeadStage
