#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace wirescope {

/// Cell editors of the request headers table that complete what is typed: header names from
/// the standard list (IANA's permanent message headers most used by HTTP clients), and, for
/// headers with a known vocabulary (Content-Type, Accept, Authorization, Accept-Encoding,
/// Cache-Control), their usual values. Completion is case-insensitive and matches anywhere.
class HeaderDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderDelegate)

public:
    explicit HeaderDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

    /// The header names offered in the Name column.
    static QStringList headerNames();
    /// The values offered for @p headerName (case-insensitive); empty when there is no list.
    static QStringList valuesFor(const QString &headerName);
};

} // namespace wirescope
