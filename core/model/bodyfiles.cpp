#include "core/model/bodyfiles.h"

#include <QDir>
#include <QFileInfo>

namespace wirescope {

namespace {

/// The path with its links resolved where it exists, else cleaned (a file not yet there).
QString resolvedPath(const QString &absolute)
{
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(absolute) : canonical;
}

} // namespace

QList<BodyFileRef> bodyFiles(const Body &body)
{
    QList<BodyFileRef> out;
    if (body.kind == BodyKind::Binary && !body.binaryFilePath.isEmpty())
        out.append({body.binaryFilePath, QStringLiteral("the binary body")});
    if (body.kind == BodyKind::Multipart) {
        for (const MultipartPart &part : body.multipart) {
            if (part.enabled && part.isFile && !part.filePath.isEmpty())
                out.append(
                    {part.filePath, QStringLiteral("the multipart field \"%1\"").arg(part.name)});
        }
    }
    return out;
}

bool fileOutsideFolder(const QString &path, const QString &folder, const QString &base)
{
    const QString absolute =
        base.isEmpty() ? QFileInfo(path).absoluteFilePath() : QDir(base).absoluteFilePath(path);
    const QString file = resolvedPath(absolute);
    const QString root = resolvedPath(QFileInfo(folder).absoluteFilePath());
    return file != root && !file.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

} // namespace wirescope
