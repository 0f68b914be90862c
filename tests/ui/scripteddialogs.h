#pragma once

#include "ui/dialogs/dialogs.h"

#include <QList>

#include <deque>
#include <functional>
#include <optional>

namespace wirescope {

/// The tests' Dialogs: answers the window's questions from a script instead of showing
/// anything, and notes every question and message. Queue answers in the order a user would
/// give them. A question that finds no answer of its kind next in the queue is noted in
/// unanswered() and cancelled, so a test fails on it rather than hanging on a modal dialog
/// nobody sees. Messages with only an OK button take an answerButton() when one is next,
/// and need none otherwise.
class ScriptedDialogs final : public Dialogs
{
public:
    struct Asked
    {
        QString kind; ///< open, openMany, save, directory, question, information, warning,
                      ///< critical, text, dialog
        QString title;
        QString text; ///< the message, label or filter; a dialog's objectName
    };

    ScriptedDialogs() = default;
    ~ScriptedDialogs() override;
    Q_DISABLE_COPY_MOVE(ScriptedDialogs)

    /// The next file chooser (open or save) returns @p path; a save's selected filter is
    /// @p filter, or the offered filter whose pattern matches @p path's suffix.
    void answerFile(const QString &path, const QString &filter = {});
    void answerFiles(const QStringList &paths);
    void answerDirectory(const QString &path);
    void answerButton(QMessageBox::StandardButton button);
    /// The next text question returns @p text (nullopt: Cancel).
    void answerText(const std::optional<QString> &text);
    /// The next modal dialog is shown (not modally) and handed to @p drive, which clicks
    /// through it and returns the result code exec() would have.
    void answerDialog(std::function<int(QDialog *)> drive);

    const QList<Asked> &asked() const { return m_asked; }
    /// The messages of @p kind shown so far ("warning", "information", ...).
    QList<Asked> messages(const QString &kind) const;
    /// Questions that found no answer: each was cancelled.
    const QStringList &unanswered() const { return m_unanswered; }
    int pendingAnswers() const { return int(m_answers.size()); }

private:
    enum class Kind { File, Files, Directory, Button, Text, Dialog };
    struct Answer
    {
        Kind kind;
        QStringList paths;
        QString filter;
        QMessageBox::StandardButton button = QMessageBox::NoButton;
        std::optional<QString> text;
        std::function<int(QDialog *)> drive;
    };

    /// Takes the next answer when it is of @p kind; otherwise notes @p what as unanswered.
    std::optional<Answer> take(Kind kind, const QString &what, bool required = true);

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

    std::deque<Answer> m_answers;
    QList<Asked> m_asked;
    QStringList m_unanswered;
};

} // namespace wirescope
