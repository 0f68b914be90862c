#include "core/interop/openapibundler.h"

#include "core/interop/documentreader.h"
#include "core/interop/importhelpers.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace wirescope::interop {

namespace {

constexpr int kMaxWalkDepth = 256; // below the readers' own nesting bound
constexpr int kMaxFiles = 64;
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxTotalBytes = 64 * 1024 * 1024;

bool isExternal(const QString &ref)
{
    return !ref.isEmpty() && !ref.startsWith(QLatin1Char('#'));
}

bool hasExternalRef(const QJsonValue &value, int depth)
{
    if (depth > kMaxWalkDepth)
        return false;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (hasExternalRef(v, depth + 1))
                return true;
        }
        return false;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("$ref") ? isExternal(it.value().toString())
                                              : hasExternalRef(it.value(), depth + 1))
            return true;
    }
    return false;
}

class Bundler
{
public:
    Bundler(const QString &folder, ImportReport &report)
        : m_folder(folder)
        , m_report(report)
    {}

    /// Rewrites the refs in @p value, which was read from @p file (empty: the main document).
    QJsonValue rewrite(const QJsonValue &value, const QString &file)
    {
        return mapRefs(value, [&](const QString &ref) { return reference(ref, file); });
    }

    /// Reads the queued files (and those they name) once each.
    QJsonObject loadAll()
    {
        QJsonObject files;
        while (!m_queue.isEmpty()) {
            const QString name = m_queue.takeFirst();
            const QJsonValue doc = load(name);
            if (!doc.isUndefined())
                files.insert(name, rewrite(doc, name));
        }
        return files;
    }

private:
    QString reference(const QString &ref, const QString &file)
    {
        const qsizetype hash = ref.indexOf(QLatin1Char('#'));
        const QString target = hash < 0 ? ref : ref.left(hash);
        const QString pointer = hash < 0 ? QString() : ref.mid(hash + 1);
        QString name = target.isEmpty() ? file : target;
        if (name.startsWith(QLatin1String("./")))
            name = name.mid(2);
        if (name.isEmpty())
            return ref; // a local ref in the main document
        if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
            || name.contains(QLatin1Char(':')) || name.startsWith(QLatin1Char('.'))) {
            if (!m_refused.contains(name)) {
                m_refused.insert(name);
                m_report.dropped(QString(),
                                 QStringLiteral("'%1' is not a file beside the document; "
                                                "only those are read")
                                     .arg(name.left(200)));
            }
            return ref;
        }
        if (!m_seen.contains(name)) {
            m_seen.insert(name);
            m_queue.append(name);
        }
        QString escaped = name;
        escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
        escaped.replace(QLatin1Char('%'), QLatin1String("%25"));
        return QLatin1String("#/") + QLatin1String(kBundledFilesKey) + QLatin1Char('/') + escaped
               + pointer;
    }

    QJsonValue load(const QString &name)
    {
        auto fail = [&](const QString &why) {
            m_report.dropped(QString(),
                             QStringLiteral("the file '%1' a $ref names was not read: %2")
                                 .arg(name.left(200), why));
            return QJsonValue(QJsonValue::Undefined);
        };
        if (++m_files > kMaxFiles)
            return fail(QStringLiteral("more than %1 files are referenced").arg(kMaxFiles));
        QFile f(QDir(m_folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return fail(f.errorString());
        if (f.size() > kMaxFileBytes || m_bytes + f.size() > kMaxTotalBytes)
            return fail(QStringLiteral("it is larger than the import limit"));
        const QByteArray data = f.read(kMaxFileBytes + 1);
        m_bytes += data.size();
        auto doc = parseJsonOrYamlDocument(data);
        if (!doc)
            return fail(doc.error().message);
        return *doc;
    }

    QString m_folder;
    ImportReport &m_report;
    QStringList m_queue;
    QSet<QString> m_seen;
    QSet<QString> m_refused;
    int m_files = 0;
    qint64 m_bytes = 0;
};

} // namespace

QJsonObject bundleExternalRefs(const QJsonObject &root, const QString &folder, ImportReport &report)
{
    if (folder.isEmpty() || !hasExternalRef(root, 0))
        return root;
    Bundler bundler(folder, report);
    QJsonObject out = bundler.rewrite(root, QString()).toObject();
    const QJsonObject files = bundler.loadAll();
    if (!files.isEmpty())
        out.insert(QLatin1String(kBundledFilesKey), files);
    return out;
}

} // namespace wirescope::interop
