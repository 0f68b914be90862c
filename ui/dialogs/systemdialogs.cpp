#include "ui/dialogs/systemdialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>

namespace wirescope {

SystemDialogs::~SystemDialogs() = default;

QStringList
SystemDialogs::askFiles(QWidget *parent, const FileQuestion &question, QString *selectedFilter)
{
    switch (question.mode) {
    case FileMode::Open: {
        const QString path = QFileDialog::getOpenFileName(
            parent, question.caption, question.directory, question.filter, selectedFilter);
        return path.isEmpty() ? QStringList() : QStringList{path};
    }
    case FileMode::OpenMany:
        return QFileDialog::getOpenFileNames(parent, question.caption, question.directory,
                                             question.filter, selectedFilter);
    case FileMode::Save: {
        const QString path = QFileDialog::getSaveFileName(
            parent, question.caption, question.directory, question.filter, selectedFilter);
        return path.isEmpty() ? QStringList() : QStringList{path};
    }
    case FileMode::Directory: {
        const QString path =
            QFileDialog::getExistingDirectory(parent, question.caption, question.directory);
        return path.isEmpty() ? QStringList() : QStringList{path};
    }
    }
    return {};
}

QMessageBox::StandardButton SystemDialogs::askMessage(QWidget *parent,
                                                      QMessageBox::Icon icon,
                                                      const QString &title,
                                                      const QString &text,
                                                      QMessageBox::StandardButtons buttons,
                                                      QMessageBox::StandardButton defaultButton)
{
    // What QMessageBox's static functions do, with the icon as a parameter.
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    if (box.exec() == -1)
        return QMessageBox::Cancel;
    return box.standardButton(box.clickedButton());
}

std::optional<QString> SystemDialogs::askText(QWidget *parent,
                                              const QString &title,
                                              const QString &label,
                                              const QString &initial)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

int SystemDialogs::runDialog(QDialog *dialog)
{
    return dialog->exec();
}

} // namespace wirescope
