#include "core/store/symlinkguard.h"

#include <QDir>
#include <QFileInfo>

namespace wirescope::store {

namespace {

bool isInside(const QString &canonicalRoot, const QString &canonicalPath)
{
    return canonicalPath == canonicalRoot
           || canonicalPath.startsWith(canonicalRoot.endsWith(u'/') ? canonicalRoot
                                                                    : canonicalRoot + u'/');
}

} // namespace

QString symlinkLeavingFolder(const QString &root, const QString &relativePath)
{
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty())
        return {}; // not created yet: nothing below it can be a link
    QString path = QDir(root).absolutePath();
    const QStringList parts = QDir::cleanPath(relativePath).split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        path += u'/' + part;
        const QFileInfo info(path);
        if (info.isSymLink()) {
            // A dangling link has no canonical path: QSaveFile would create its target.
            const QString target = info.canonicalFilePath();
            if (target.isEmpty() || !isInside(canonicalRoot, target))
                return path;
        } else if (!info.exists()) {
            return {}; // what follows will be created by us, inside
        }
    }
    return {};
}

} // namespace wirescope::store
