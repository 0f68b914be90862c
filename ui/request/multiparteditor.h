#pragma once

#include "core/model/body.h"

#include "ui/dialogs/dialogshandle.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace wirescope {

/// The parts of a multipart/form-data body: one row per part with an enabled check, its
/// name, whether it is text or a file, the text or the file's path (a file picker fills it),
/// and an optional per-part Content-Type.
class MultipartEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultipartEditor)

public:
    enum Column { NameColumn, KindColumn, ValueColumn, ContentTypeColumn, ColumnCount };

    explicit MultipartEditor(QWidget *parent = nullptr);
    /// Where its file choosers ask (the window's Dialogs); not owned.
    void setDialogs(Dialogs *dialogs) { m_dialogs.set(dialogs); }

    QList<MultipartPart> parts() const;
    void setParts(const QList<MultipartPart> &parts);

    void addTextPart();
    /// Adds a file part named after the file (what the picker does once a file is chosen).
    void addFilePart(const QString &path);
    void removeSelectedParts();

signals:
    void changed();

private:
    void appendRow(const MultipartPart &part);
    void setRowKind(int row, bool isFile);
    void chooseFileForCurrentRow();

    QTableWidget *m_table = nullptr;
    QPushButton *m_browse = nullptr;
    bool m_updating = false;
    DialogsHandle m_dialogs;
};

} // namespace wirescope
