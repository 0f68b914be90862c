#include "ui/widgets/findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

namespace wirescope {

FindBar::FindBar(QPlainTextEdit *target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in response"));
    m_edit->setAccessibleName(tr("Find text"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCountLabel"));
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(QStringLiteral("10000 matches")));

    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Enter)"));
    next->setAccessibleName(tr("Next match"));

    m_caseSensitive = new QCheckBox(tr("Match case"), this);
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAccessibleName(tr("Close find bar"));

    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(close);

    // Counting walks the whole text: do it once typing pauses, not per keystroke.
    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    m_recount->setInterval(150);
    connect(m_recount, &QTimer::timeout, this, &FindBar::updateCount);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_recount->start();
        // Search from the start of the current match so typing refines it in place.
        QTextCursor cursor = m_target->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_target->setTextCursor(cursor);
        if (!m_edit->text().isEmpty())
            find(false);
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_caseSensitive, &QCheckBox::toggled, this, &FindBar::refresh);
    connect(close, &QToolButton::clicked, this, &FindBar::close);
}

void FindBar::activate()
{
    const QString selected = m_target->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_edit->setText(selected);
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::refresh()
{
    if (isVisible())
        m_recount->start();
}

void FindBar::find(bool backward)
{
    const QString needle = m_edit->text();
    if (needle.isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_target->find(needle, flags))
        return;
    // Wrap around once.
    QTextCursor cursor = m_target->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_target->setTextCursor(cursor);
    m_target->find(needle, flags);
}

void FindBar::updateCount()
{
    const QString needle = m_edit->text();
    if (needle.isEmpty()) {
        m_matchCount = 0;
        m_count->clear();
        return;
    }
    const Qt::CaseSensitivity cs =
        m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    m_matchCount = int(m_target->document()->toPlainText().count(needle, cs));
    m_count->setText(m_matchCount == 0   ? tr("No matches")
                     : m_matchCount == 1 ? tr("1 match")
                                         : tr("%1 matches").arg(m_matchCount));
}

void FindBar::close()
{
    hide();
    m_target->setFocus(Qt::OtherFocusReason);
    emit closed();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        // Take Esc, Enter and F3 before window shortcuts (Esc also means "cancel request").
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_F3) {
                event->accept();
                return true;
            }
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                close();
                return true;
            }
            if (key->key() == Qt::Key_F3
                || ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                    && key->modifiers() & Qt::ShiftModifier)) {
                find(key->modifiers() & Qt::ShiftModifier);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wirescope
