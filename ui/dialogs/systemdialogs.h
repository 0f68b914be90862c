#pragma once

#include "ui/dialogs/dialogs.h"

namespace wirescope {

/// The real dialogs: Qt's file chooser, message boxes and input dialog, shown modally.
/// Holds no state; app/ makes one for the window.
class SystemDialogs final : public Dialogs
{
public:
    SystemDialogs() = default;
    ~SystemDialogs() override;
    Q_DISABLE_COPY_MOVE(SystemDialogs)

private:
    QStringList
    askFiles(QWidget *parent, const FileQuestion &question, QString *selectedFilter) override;
    QMessageBox::StandardButton askMessage(QWidget *parent,
                                           QMessageBox::Icon icon,
                                           const QString &title,
                                           const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton) override;
    std::optional<QString> askText(QWidget *parent,
                                   const QString &title,
                                   const QString &label,
                                   const QString &initial) override;
    int runDialog(QDialog *dialog) override;
};

} // namespace wirescope
