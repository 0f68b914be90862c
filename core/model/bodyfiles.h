#pragma once

#include "core/model/body.h"

#include <QList>
#include <QString>

namespace wirescope {

/// A file a body reads when it is sent, and what reads it.
struct BodyFileRef
{
    QString path; ///< as the request holds it (may be relative or hold {{variables}})
    QString role; ///< "the binary body", "the multipart field \"avatar\""
};

/// The files @p body reads when sent: the binary body's file and every enabled file part of a
/// multipart body (only for the body kind in use; empty paths are left out).
QList<BodyFileRef> bodyFiles(const Body &body);

/// True when @p path, read from @p base (an absolute folder; the process's current folder when
/// empty), lies outside @p folder: an absolute path elsewhere, a `..` that climbs out, or a
/// symbolic link (in the path or the folder) that leads out. Links are resolved where the file
/// exists, so what is checked is what would be read.
bool fileOutsideFolder(const QString &path, const QString &folder, const QString &base = {});

} // namespace wirescope
