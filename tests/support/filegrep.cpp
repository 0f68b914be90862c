#include "tests/support/filegrep.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>

namespace wirescope::test {

QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList hits;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(utf8.toBase64()))
            hits.append(path);
    }
    return hits;
}

} // namespace wirescope::test
