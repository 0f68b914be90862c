#include "core/interop/importreport.h"

namespace wirescope {

void ImportReport::add(const QString &itemPath,
                       ImportNote::Severity severity,
                       const QString &message)
{
    // A hostile file can repeat the same problem millions of times; a report nobody can read
    // helps nobody, so identical notes in a row are merged and the total is capped.
    constexpr qsizetype kMaxNotes = 10000;
    if (!m_notes.isEmpty() && m_notes.last().itemPath == itemPath
        && m_notes.last().message == message)
        return;
    if (m_notes.size() == kMaxNotes) {
        m_notes.append({QString(),
                        QStringLiteral("more problems were found; only the first %1 are listed")
                            .arg(kMaxNotes),
                        ImportNote::Severity::Warning});
        return;
    }
    if (m_notes.size() > kMaxNotes)
        return;
    m_notes.append({itemPath, message, severity});
}

void ImportReport::info(const QString &itemPath, const QString &message)
{
    add(itemPath, ImportNote::Severity::Info, message);
}

void ImportReport::warning(const QString &itemPath, const QString &message)
{
    add(itemPath, ImportNote::Severity::Warning, message);
}

void ImportReport::dropped(const QString &itemPath, const QString &message)
{
    add(itemPath, ImportNote::Severity::Dropped, message);
}

qsizetype ImportReport::count(ImportNote::Severity severity) const
{
    qsizetype n = 0;
    for (const ImportNote &note : m_notes)
        n += note.severity == severity ? 1 : 0;
    return n;
}

bool ImportReport::mentions(const QString &itemPath, const QString &text) const
{
    for (const ImportNote &note : m_notes) {
        if (note.itemPath == itemPath && note.message.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString ImportReport::toText() const
{
    QString out;
    for (const ImportNote &note : m_notes) {
        out += severityName(note.severity) + QLatin1String(": ");
        if (!note.itemPath.isEmpty())
            out += note.itemPath + QLatin1String(": ");
        out += note.message + QLatin1Char('\n');
    }
    return out;
}

QString ImportReport::severityName(ImportNote::Severity severity)
{
    switch (severity) {
    case ImportNote::Severity::Warning:
        return QStringLiteral("warning");
    case ImportNote::Severity::Dropped:
        return QStringLiteral("dropped");
    case ImportNote::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

} // namespace wirescope
