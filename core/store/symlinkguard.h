#pragma once

#include <QString>

namespace wirescope::store {

/// The first path on the way from @p root to `root/relativePath` (each folder, then the file)
/// that is a symbolic link leading out of @p root (or to nothing): writing there would change
/// a file outside the folder, as a link planted in a shared collection would have it. Empty
/// when every existing part is a plain file or folder, or a link that stays inside @p root.
/// @p root itself may be a link: the user chose it.
QString symlinkLeavingFolder(const QString &root, const QString &relativePath);

} // namespace wirescope::store
