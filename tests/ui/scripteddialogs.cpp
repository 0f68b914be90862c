#include "tests/ui/scripteddialogs.h"

#include <QDialog>
#include <QFileInfo>

namespace wirescope {

ScriptedDialogs::~ScriptedDialogs() = default;

void ScriptedDialogs::answerFile(const QString &path, const QString &filter)
{
    m_answers.push_back(Answer{Kind::File, {path}, filter, QMessageBox::NoButton, {}, {}});
}

void ScriptedDialogs::answerFiles(const QStringList &paths)
{
    m_answers.push_back(Answer{Kind::Files, paths, {}, QMessageBox::NoButton, {}, {}});
}

void ScriptedDialogs::answerDirectory(const QString &path)
{
    m_answers.push_back(Answer{Kind::Directory, {path}, {}, QMessageBox::NoButton, {}, {}});
}

void ScriptedDialogs::answerButton(QMessageBox::StandardButton button)
{
    m_answers.push_back(Answer{Kind::Button, {}, {}, button, {}, {}});
}

void ScriptedDialogs::answerText(const std::optional<QString> &text)
{
    m_answers.push_back(Answer{Kind::Text, {}, {}, QMessageBox::NoButton, text, {}});
}

void ScriptedDialogs::answerDialog(std::function<int(QDialog *)> drive)
{
    m_answers.push_back(Answer{Kind::Dialog, {}, {}, QMessageBox::NoButton, {}, std::move(drive)});
}

QList<ScriptedDialogs::Asked> ScriptedDialogs::messages(const QString &kind) const
{
    QList<Asked> out;
    for (const Asked &a : m_asked) {
        if (a.kind == kind)
            out.append(a);
    }
    return out;
}

std::optional<ScriptedDialogs::Answer>
ScriptedDialogs::take(Kind kind, const QString &what, bool required)
{
    if (!m_answers.empty() && m_answers.front().kind == kind) {
        Answer answer = std::move(m_answers.front());
        m_answers.pop_front();
        return answer;
    }
    if (required)
        m_unanswered.append(what);
    return std::nullopt;
}

QStringList
ScriptedDialogs::askFiles(QWidget *, const FileQuestion &question, QString *selectedFilter)
{
    static const char *const names[] = {"open", "openMany", "save", "directory"};
    const QString kind = QLatin1String(names[int(question.mode)]);
    m_asked.append({kind, question.caption, question.filter});
    const Kind wanted = question.mode == FileMode::OpenMany    ? Kind::Files
                        : question.mode == FileMode::Directory ? Kind::Directory
                                                               : Kind::File;
    const std::optional<Answer> answer =
        take(wanted, kind + QStringLiteral(": ") + question.caption);
    if (!answer)
        return {};
    if (selectedFilter) {
        *selectedFilter = answer->filter;
        const QStringList offered = question.filter.split(QStringLiteral(";;"), Qt::SkipEmptyParts);
        if (selectedFilter->isEmpty() && !answer->paths.isEmpty()) {
            // The filter a user would have picked for this name: the one naming its suffix.
            const QString pattern =
                QStringLiteral("*.") + QFileInfo(answer->paths.first()).suffix();
            for (const QString &f : offered) {
                if (f.contains(pattern)) {
                    *selectedFilter = f;
                    break;
                }
            }
        }
        if (selectedFilter->isEmpty())
            *selectedFilter = offered.value(0);
    }
    return answer->paths;
}

QMessageBox::StandardButton ScriptedDialogs::askMessage(QWidget *,
                                                        QMessageBox::Icon icon,
                                                        const QString &title,
                                                        const QString &text,
                                                        QMessageBox::StandardButtons buttons,
                                                        QMessageBox::StandardButton defaultButton)
{
    QString kind;
    switch (icon) {
    case QMessageBox::Question:
        kind = QStringLiteral("question");
        break;
    case QMessageBox::Warning:
        kind = QStringLiteral("warning");
        break;
    case QMessageBox::Critical:
        kind = QStringLiteral("critical");
        break;
    default:
        kind = QStringLiteral("information");
        break;
    }
    m_asked.append({kind, title, text});
    const bool onlyOk = buttons == QMessageBox::StandardButtons(QMessageBox::Ok);
    if (const std::optional<Answer> answer =
            take(Kind::Button, kind + QStringLiteral(": ") + title, !onlyOk))
        return answer->button;
    if (onlyOk)
        return QMessageBox::Ok;
    // Unanswered: what Escape would do.
    if (buttons & QMessageBox::Cancel)
        return QMessageBox::Cancel;
    if (buttons & QMessageBox::No)
        return QMessageBox::No;
    return defaultButton;
}

std::optional<QString> ScriptedDialogs::askText(QWidget *,
                                                const QString &title,
                                                const QString &label,
                                                const QString &initial)
{
    m_asked.append({QStringLiteral("text"), title, label + QStringLiteral(" [") + initial + u']'});
    if (const std::optional<Answer> answer = take(Kind::Text, QStringLiteral("text: ") + title))
        return answer->text;
    return std::nullopt;
}

int ScriptedDialogs::runDialog(QDialog *dialog)
{
    m_asked.append({QStringLiteral("dialog"), dialog->windowTitle(), dialog->objectName()});
    const std::optional<Answer> answer =
        take(Kind::Dialog, QStringLiteral("dialog: ") + dialog->objectName());
    if (!answer)
        return QDialog::Rejected;
    dialog->show();
    const int result = answer->drive(dialog);
    dialog->hide();
    return result;
}

} // namespace wirescope
