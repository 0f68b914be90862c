#pragma once

#include <QList>
#include <QString>

namespace wirescope {

/// One thing an importer could not carry over unchanged.
struct ImportNote
{
    enum class Severity {
        Info,    ///< converted to an equivalent form (e.g. a GraphQL body became raw JSON)
        Warning, ///< kept, but it will not behave as in the source tool (e.g. scripts are not run)
        Dropped, ///< not imported at all (e.g. an OAuth 2 configuration)
    };

    QString itemPath; ///< "Folder/Sub/Request name"; empty for the collection itself
    QString message;  ///< plain words: what was changed or dropped, and why
    Severity severity = Severity::Info;

    friend bool operator==(const ImportNote &, const ImportNote &) = default;
};

/// Everything an import changed or dropped, in the order the importer met it. Importers never
/// lose data silently: what does not fit the model is listed here.
class ImportReport
{
public:
    void add(const QString &itemPath, ImportNote::Severity severity, const QString &message);
    void info(const QString &itemPath, const QString &message);
    void warning(const QString &itemPath, const QString &message);
    void dropped(const QString &itemPath, const QString &message);

    const QList<ImportNote> &notes() const { return m_notes; }
    bool isEmpty() const { return m_notes.isEmpty(); }
    qsizetype count(ImportNote::Severity severity) const;

    /// True when a note for @p itemPath contains @p text (case-insensitive); for tests and UI
    /// filters.
    bool mentions(const QString &itemPath, const QString &text) const;

    /// One line per note: "warning: Folder/Request: scripts are not run".
    QString toText() const;

    static QString severityName(ImportNote::Severity severity); ///< "info", "warning", "dropped"

private:
    QList<ImportNote> m_notes;
};

} // namespace wirescope
