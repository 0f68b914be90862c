#include "core/store/filenames.h"

#include <QStringList>

namespace wirescope::store {

namespace {

bool isReservedDeviceName(const QString &stem)
{
    // Windows refuses these as a file's base name, with any extension.
    const QString base = stem.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList fixed{QStringLiteral("CON"), QStringLiteral("PRN"),
                                   QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (fixed.contains(base))
        return true;
    if (base.size() == 4
        && (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT")))
        && base.at(3) >= u'1' && base.at(3) <= u'9')
        return true;
    return false;
}

void trimTrailingDotsAndSpaces(QString &s)
{
    while (!s.isEmpty() && (s.endsWith(u'.') || s.endsWith(u' ')))
        s.chop(1);
}

} // namespace

QString safeFileStem(const QString &name)
{
    QString s;
    s.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool refused = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)
                             || QStringView(u"/\\:*?\"<>|").contains(c);
        s.append(refused ? QChar(u'_') : c);
    }
    s = s.trimmed();
    for (qsizetype i = 0; i < s.size() && s.at(i) == u'.'; ++i)
        s[i] = u'_';
    if (s.size() > kMaxStemLength) {
        qsizetype cut = kMaxStemLength;
        if (s.at(cut - 1).isHighSurrogate())
            --cut;
        s.truncate(cut);
    }
    trimTrailingDotsAndSpaces(s);
    if (s.isEmpty())
        return QStringLiteral("Untitled");
    if (isReservedDeviceName(s)) {
        const qsizetype dot = s.indexOf(u'.');
        s.insert(dot < 0 ? s.size() : dot, u'_');
    }
    return s;
}

FileNameAllocator::FileNameAllocator(const QStringList &reserved)
{
    for (const QString &r : reserved)
        m_taken.insert(r.toCaseFolded());
}

QString FileNameAllocator::allocate(const QString &name, const QString &suffix)
{
    const QString stem = safeFileStem(name);
    QString candidate = stem + suffix;
    for (int n = 2; m_taken.contains(candidate.toCaseFolded()); ++n)
        candidate = stem + u' ' + QString::number(n) + suffix;
    m_taken.insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace wirescope::store
