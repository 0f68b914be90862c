#include "core/store/jsonfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace wirescope {

QString LoadProblem::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(message);
    return path + QStringLiteral(": ") + message;
}

namespace store {

std::pair<int, int> lineColumnAt(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column =
        static_cast<int>(QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

std::optional<QJsonObject> parseStoreFile(const QByteArray &data,
                                          const QString &path,
                                          StoreFileKind kind,
                                          LoadProblem *problem)
{
    problem->path = path;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it rejected; point at that character
        // (at the end of the data, the end itself: "unterminated string", "truncated").
        const qsizetype at =
            error.offset > 0 && error.offset < data.size() ? error.offset - 1 : error.offset;
        const auto [line, column] = lineColumnAt(data, at);
        problem->line = line;
        problem->column = column;
        problem->message = QStringLiteral("invalid JSON: ") + error.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problem->line = 1;
        problem->column = 1;
        problem->message = QStringLiteral("expected a JSON object at the top level");
        return std::nullopt;
    }
    Result<QJsonObject> migrated = migrateToCurrentFormat(doc.object(), kind);
    if (!migrated) {
        problem->message = migrated.error().message;
        problem->newerFormat = formatOf(doc.object()) > kCurrentFormat;
        return std::nullopt;
    }
    return std::move(migrated).value();
}

std::optional<QJsonObject>
readStoreFile(const QString &path, StoreFileKind kind, LoadProblem *problem, QByteArray *bytes)
{
    problem->path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem->message = QStringLiteral("cannot read: ") + file.errorString();
        return std::nullopt;
    }
    if (file.size() > kMaxStoreFileBytes) {
        problem->message = QStringLiteral("file too large (%1 bytes; the limit is %2)")
                               .arg(file.size())
                               .arg(kMaxStoreFileBytes);
        return std::nullopt;
    }
    // One read into a buffer of the right size (readAll() grows its buffer step by step).
    QByteArray data(file.size(), Qt::Uninitialized);
    const qint64 got = file.read(data.data(), data.size());
    if (got < 0) {
        problem->message = QStringLiteral("cannot read: ") + file.errorString();
        return std::nullopt;
    }
    data.truncate(got);
    if (got == file.size() && !file.atEnd()) // grew while we read: take the rest too
        data += file.readAll();
    if (bytes)
        *bytes = data;
    return parseStoreFile(data, path, kind, problem);
}

QByteArray storeFileBytes(QJsonObject object)
{
    object.insert(QStringLiteral("format"), kCurrentFormat);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(data) != data.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace store
} // namespace wirescope
