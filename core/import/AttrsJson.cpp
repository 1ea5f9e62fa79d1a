#include "AttrsJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace LeadStage {

void AttrsJson::start()
{
    m_text.clear();
    m_text += u'{';
    m_plain = true;
    m_pairs.clear();
}

void AttrsJson::add(const QString &key, QStringView value)
{
    m_pairs.emplace_back(&key, value);
    if (!m_plain)
        return;
    if (m_pairs.size() > 1)
        m_text += u',';
    m_plain = appendPlain(key);
    m_text += u':';
    m_plain = m_plain && appendPlain(value);
}

QStringView AttrsJson::finish()
{
    if (m_plain) {
        m_text += u'}';
        return m_text;
    }
    QJsonObject object;
    for (const auto &[key, value] : m_pairs)
        object.insert(*key, value.toString());
    m_text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return m_text;
}

// A quoted JSON string as Qt writes one with no control character and no lone surrogate
// in it: only " and \ are escaped. False for any other text.
bool AttrsJson::appendPlain(QStringView text)
{
    m_text += u'"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20)
            return false;
        if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || i + 1 == text.size() || !QChar::isLowSurrogate(text[i + 1].unicode()))
                return false;
            ++i;
            continue;
        }
        if (c == u'"' || c == u'\\') {
            m_text += text.sliced(from, i - from);
            m_text += u'\\';
            from = i;
        }
    }
    m_text += text.sliced(from);
    m_text += u'"';
    return true;
}

} // namespace LeadStage
