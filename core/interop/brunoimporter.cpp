#include "core/interop/brunoimporter.h"

#include "core/interop/brunoblocks.h"
#include "core/interop/importhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace wirescope::interop {

namespace {

const QString kFolderFile = QStringLiteral("folder.bru");
const QString kCollectionFile = QStringLiteral("collection.bru");

/// A child read from disk with the position Bruno gives it (meta seq).
struct Ordered
{
    double seq;
    QString name;
    CollectionItem item;
};

class FolderReader
{
public:
    explicit FolderReader(const QString &root)
        : m_root(QFileInfo(root).canonicalFilePath())
        , m_blocks(report, m_root)
    {
        m_seenFolders.insert(m_root);
    }

    ImportReport report;
    std::optional<Error> error;

    /// The parsed file, or nullopt (noted) when it cannot be read or parsed.
    std::optional<BruDocument> read(const QFileInfo &file, const QString &path)
    {
        if (!countEntry())
            return std::nullopt;
        const QString relative = QDir(m_root).relativeFilePath(file.filePath());
        if (file.size() > kMaxBruFileBytes) {
            report.dropped(path, QStringLiteral("%1 not imported: larger than %2 MB")
                                     .arg(relative)
                                     .arg(kMaxBruFileBytes >> 20));
            return std::nullopt;
        }
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            report.dropped(path,
                           QStringLiteral("%1 not imported: %2").arg(relative, f.errorString()));
            return std::nullopt;
        }
        QByteArray bytes = f.read(kMaxBruFileBytes + 1);
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        auto doc = parseBru(QString::fromUtf8(bytes), relative);
        if (!doc) {
            report.dropped(path, QStringLiteral("not imported: %1").arg(doc.error().message));
            return std::nullopt;
        }
        return std::move(doc).value();
    }

    /// True when @p info may be read: inside the root once links are resolved, and (for
    /// folders) not read before.
    bool allowed(const QFileInfo &info, const QString &path)
    {
        const QString canonical = info.canonicalFilePath();
        const bool inside =
            !canonical.isEmpty()
            && (canonical == m_root || canonical.startsWith(m_root + QLatin1Char('/')));
        if (!inside) {
            report.dropped(path, QStringLiteral("%1 skipped: a link that leads outside the "
                                                "collection folder")
                                     .arg(info.fileName()));
            return false;
        }
        if (info.isDir() && m_seenFolders.contains(canonical)) {
            report.dropped(
                path,
                QStringLiteral("%1 skipped: a link to a folder already read").arg(info.fileName()));
            return false;
        }
        if (info.isDir())
            m_seenFolders.insert(canonical);
        return true;
    }

    std::vector<CollectionItem> children(const QString &dirPath, const QString &path, int depth)
    {
        std::vector<CollectionItem> out;
        if (depth > kMaxFolderDepth) {
            error =
                Error{Error::Kind::Parse,
                      QStringLiteral("folders nested deeper than %1 levels").arg(kMaxFolderDepth)};
            return out;
        }
        const QDir dir(dirPath);
        QList<Ordered> ordered;
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (error)
                return out;
            const QString name = entry.fileName();
            if (name.startsWith(QLatin1Char('.')) || name == u"node_modules"
                || (depth == 0 && name == u"environments"))
                continue;
            if (entry.isDir()) {
                if (!allowed(entry, path))
                    continue;
                if (auto folder = readFolder(entry, path, depth + 1))
                    ordered.append(std::move(*folder));
            } else if (name.endsWith(QLatin1String(".bru")) && name != kFolderFile
                       && !(depth == 0 && name == kCollectionFile)) {
                if (!allowed(entry, path))
                    continue;
                const QString itemPath = joinItemPath(path, entry.completeBaseName());
                const auto doc = read(entry, itemPath);
                if (!doc)
                    continue;
                const QString named = doc->value(u"meta", u"name");
                auto item = m_blocks.item(
                    *doc, joinItemPath(path, named.isEmpty() ? entry.completeBaseName() : named));
                if (!item)
                    continue;
                if (named.isEmpty())
                    setName(*item, entry.completeBaseName());
                ordered.append({seqOf(*doc), item->name(), std::move(*item)});
            }
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const Ordered &a, const Ordered &b) { return a.seq < b.seq; });
        for (Ordered &o : ordered)
            out.push_back(std::move(o.item));
        return out;
    }

    /// False (and the error set) once more than kMaxBrunoFiles files and folders were read.
    bool countEntry()
    {
        if (++m_files <= kMaxBrunoFiles)
            return true;
        if (!error)
            error = Error{Error::Kind::Parse,
                          QStringLiteral("the collection holds more than %1 .bru files and folders")
                              .arg(kMaxBrunoFiles)};
        return false;
    }

    std::optional<Ordered> readFolder(const QFileInfo &entry, const QString &parentPath, int depth)
    {
        if (!countEntry())
            return std::nullopt;
        Folder folder;
        folder.id = newItemId();
        folder.name = entry.fileName();
        double seq = std::numeric_limits<double>::max();
        const QFileInfo meta(QDir(entry.filePath()).filePath(kFolderFile));
        if (meta.isFile() && allowed(meta, parentPath)) {
            if (const auto doc = read(meta, joinItemPath(parentPath, folder.name))) {
                if (const QString name = doc->value(u"meta", u"name"); !name.isEmpty())
                    folder.name = name;
                seq = seqOf(*doc);
                applyDefaults(*doc, folder.auth, folder.headers, folder.variables, folder.scripts,
                              folder.description, joinItemPath(parentPath, folder.name));
            }
        }
        const QString path = joinItemPath(parentPath, folder.name);
        folder.children = children(entry.filePath(), path, depth);
        return Ordered{seq, folder.name, CollectionItem{std::move(folder)}};
    }

    /// What folder.bru and collection.bru give everything below them.
    void applyDefaults(const BruDocument &doc,
                       Auth &auth,
                       KeyValueList &headers,
                       VariableList &variables,
                       QList<ImportedScript> &scripts,
                       QString &description,
                       const QString &path)
    {
        auth = m_blocks.auth(doc, doc.value(u"auth", u"mode"), path);
        headers = m_blocks.pairs(doc, u"headers");
        variables = m_blocks.variables(doc);
        scripts = m_blocks.scripts(doc, path);
        if (const BruBlock *docs = doc.block(u"docs"))
            description = docs->text;
        if (doc.block(u"vars:post-response"))
            report.dropped(path, QStringLiteral("vars:post-response on a folder or the "
                                                "collection not imported; set captures on the "
                                                "requests"));
        if (doc.block(u"assert"))
            report.dropped(path, QStringLiteral("assert on a folder or the collection not "
                                                "imported; set assertions on the requests"));
    }

    Environment environment(const BruDocument &doc, const QString &name)
    {
        static const QRegularExpression processEnv(
            QStringLiteral("\\{\\{process\\.env\\.([^}]+)\\}\\}"));
        Environment env;
        env.name = name;
        const QString path = QStringLiteral("environment %1").arg(name);
        for (const KeyValue &kv : m_blocks.pairs(doc, u"vars")) {
            env.variables.append({kv.name, kv.value, kv.enabled, false, {}});
            const QRegularExpressionMatch m = processEnv.match(kv.value);
            if (m.hasMatch())
                report.warning(path, QStringLiteral("%1 refers to %2 from the collection's .env "
                                                    "file, which is not imported; give it a value")
                                         .arg(kv.name, m.captured(1)));
        }
        if (const BruBlock *secrets = doc.block(u"vars:secret")) {
            for (const BruPair &pair : secrets->pairs)
                env.variables.append({pair.key, QString(), pair.enabled, true, {}});
            if (!secrets->pairs.isEmpty())
                report.info(path, QStringLiteral("%1 secret variable(s) imported without values "
                                                 "(Bruno keeps them outside the collection)")
                                      .arg(secrets->pairs.size()));
        }
        return env;
    }

    QList<Environment> environments()
    {
        QList<Environment> out;
        const QFileInfo folder(QDir(m_root).filePath(QStringLiteral("environments")));
        if (!folder.isDir() || !allowed(folder, QString()))
            return out;
        const QFileInfoList files =
            QDir(folder.filePath())
                .entryInfoList({QStringLiteral("*.bru")}, QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!allowed(file, QString()))
                continue;
            if (const auto doc =
                    read(file, QStringLiteral("environment %1").arg(file.completeBaseName())))
                out.append(environment(*doc, file.completeBaseName()));
        }
        return out;
    }

    const QString &root() const { return m_root; }

private:
    static void setName(CollectionItem &item, const QString &name)
    {
        if (auto *http = std::get_if<HttpItem>(&item.node))
            http->request.name = name;
        else if (auto *ws = std::get_if<WebSocketItem>(&item.node))
            ws->request.name = name;
    }

    static double seqOf(const BruDocument &doc)
    {
        bool ok = false;
        const double seq = doc.value(u"meta", u"seq").toDouble(&ok);
        return ok ? seq : std::numeric_limits<double>::max();
    }

    QString m_root;
    BrunoBlocks m_blocks;
    QSet<QString> m_seenFolders;
    int m_files = 0;
};

Result<QJsonObject> readBrunoJson(const QString &dir)
{
    QFile file(QDir(dir).filePath(QStringLiteral("bruno.json")));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Parse,
                     QStringLiteral("%1 is not a Bruno collection: cannot read bruno.json (%2)")
                         .arg(dir, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (!json.isObject())
        return Error{
            Error::Kind::Parse,
            QStringLiteral("bruno.json: not a JSON object (%1)").arg(parseError.errorString())};
    return json.object();
}

} // namespace

bool isBrunoCollectionFolder(const QString &path)
{
    return QFileInfo(path).isDir()
           && QFileInfo(QDir(path).filePath(QStringLiteral("bruno.json"))).isFile();
}

Result<ImportResult> importBrunoFolder(const QString &dir)
{
    const auto json = readBrunoJson(dir);
    if (!json)
        return json.error();
    FolderReader reader(dir);
    ImportResult result;
    result.format = ImportFormat::Bruno;
    Collection &c = result.collection;
    c.id = newItemId();
    c.name = scalarText(json->value(QLatin1String("name")));
    const QFileInfo collectionFile(QDir(reader.root()).filePath(kCollectionFile));
    if (collectionFile.isFile() && reader.allowed(collectionFile, QString())) {
        if (const auto doc = reader.read(collectionFile, QString())) {
            reader.applyDefaults(*doc, c.auth, c.headers, c.variables, c.scripts, c.description,
                                 QString());
            if (c.auth.kind == AuthKind::Inherit)
                c.auth.kind = AuthKind::None; // nothing above a collection to inherit from
        }
    }
    c.items = reader.children(reader.root(), QString(), 0);
    result.environments = reader.environments();
    if (reader.error)
        return *reader.error;
    if (QFileInfo::exists(QDir(reader.root()).filePath(QStringLiteral(".env"))))
        reader.report.info(QString(), QStringLiteral("the collection's .env file is not imported "
                                                     "(it holds secrets); set its values in an "
                                                     "environment"));
    result.report = std::move(reader.report);
    return result;
}

} // namespace wirescope::interop
