#include "ui/dialogs/dialogs.h"

namespace wirescope {

Dialogs::~Dialogs() = default;

QString Dialogs::openFileName(QWidget *parent,
                              const QString &caption,
                              const QString &directory,
                              const QString &filter)
{
    return askFiles(parent, {FileMode::Open, caption, directory, filter}, nullptr).value(0);
}

QStringList Dialogs::openFileNames(QWidget *parent,
                                   const QString &caption,
                                   const QString &directory,
                                   const QString &filter)
{
    return askFiles(parent, {FileMode::OpenMany, caption, directory, filter}, nullptr);
}

QString Dialogs::saveFileName(QWidget *parent,
                              const QString &caption,
                              const QString &directory,
                              const QString &filter,
                              QString *selectedFilter)
{
    return askFiles(parent, {FileMode::Save, caption, directory, filter}, selectedFilter).value(0);
}

QString
Dialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    return askFiles(parent, {FileMode::Directory, caption, directory, {}}, nullptr).value(0);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent,
                                              const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return askMessage(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    askMessage(parent, QMessageBox::Information, title, text, QMessageBox::Ok,
               QMessageBox::NoButton);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    askMessage(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::NoButton);
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    askMessage(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::NoButton);
}

std::optional<QString>
Dialogs::text(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    return askText(parent, title, label, initial);
}

int Dialogs::exec(QDialog *dialog)
{
    return runDialog(dialog);
}

} // namespace wirescope
