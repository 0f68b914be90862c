#include "ui/websocket/wscomposer.h"

#include "core/http/jsonsyntax.h"
#include "ui/widgets/displayformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace wirescope {

namespace {

constexpr qsizetype s_maxHistory = 50;
constexpr int s_historyLabelChars = 60;

bool isSendKey(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
           && (key->modifiers() & Qt::ControlModifier);
}

bool isHistoryKey(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)
           && (key->modifiers() & Qt::ControlModifier);
}

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > s_historyLabelChars)
        line = line.left(s_historyLabelChars - 1) + QChar(0x2026);
    return line;
}

} // namespace

WsComposer::WsComposer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wsComposer"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    auto *editorPane = new QWidget(splitter);
    auto *layout = new QVBoxLayout(editorPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    m_mode = new QComboBox(editorPane);
    m_mode->setObjectName(QStringLiteral("composerMode"));
    m_mode->setAccessibleName(tr("Message format"));
    m_mode->addItem(tr("Text"), int(Mode::Text));
    m_mode->addItem(tr("JSON"), int(Mode::Json));
    m_mode->addItem(tr("Binary (hex)"), int(Mode::Hex));
    m_historyBox = new QComboBox(editorPane);
    m_historyBox->setObjectName(QStringLiteral("composerHistory"));
    m_historyBox->setAccessibleName(tr("Sent message history"));
    m_historyBox->setPlaceholderText(tr("History (Ctrl+Up / Ctrl+Down)"));
    m_historyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyBox->setMinimumContentsLength(24);
    m_send = new QPushButton(tr("Send"), editorPane);
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_send->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    bar->addWidget(m_mode);
    bar->addWidget(m_historyBox, 1);
    bar->addWidget(m_send);
    layout->addLayout(bar);

    m_edit = new QPlainTextEdit(editorPane);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setAccessibleName(tr("Message to send"));
    m_edit->setFont(display::fixedFont());
    m_edit->setPlaceholderText(tr("Type a message; Ctrl+Enter sends it."));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit, 1);
    m_error = new QLabel(editorPane);
    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setStyleSheet(QStringLiteral("color: #d93025;"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    layout->addWidget(m_error);

    auto *savedPane = new QWidget(splitter);
    auto *savedLayout = new QVBoxLayout(savedPane);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    savedLayout->setSpacing(4);
    auto *savedBar = new QHBoxLayout;
    auto *savedTitle = new QLabel(tr("Saved messages"), savedPane);
    const auto tool = [savedPane](const QString &text, const QString &name, const QString &tip) {
        auto *button = new QToolButton(savedPane);
        button->setText(text);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        return button;
    };
    m_saveButton = tool(tr("Save"), QStringLiteral("saveMessageButton"),
                        tr("Save the message in the editor with this request"));
    m_removeButton = tool(tr("Remove"), QStringLiteral("removeSavedButton"),
                          tr("Remove the selected saved message"));
    m_sendSavedButton =
        tool(tr("Send"), QStringLiteral("sendSavedButton"), tr("Send the selected saved message"));
    savedBar->addWidget(savedTitle, 1);
    savedBar->addWidget(m_saveButton);
    savedBar->addWidget(m_removeButton);
    savedBar->addWidget(m_sendSavedButton);
    savedLayout->addLayout(savedBar);
    m_savedList = new QListWidget(savedPane);
    m_savedList->setObjectName(QStringLiteral("savedMessages"));
    m_savedList->setAccessibleName(tr("Saved messages"));
    m_savedList->setEditTriggers(QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::SelectedClicked);
    m_savedList->setToolTip(tr("Double-click to load into the editor; F2 renames."));
    savedLayout->addWidget(m_savedList, 1);
    splitter->addWidget(editorPane);
    splitter->addWidget(savedPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    connect(m_send, &QPushButton::clicked, this, &WsComposer::send);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { showError({}); });
    connect(m_historyBox, &QComboBox::activated, this, [this](int index) {
        m_historyPos = index;
        setText(m_history.value(index));
        m_edit->setFocus();
    });
    connect(m_saveButton, &QToolButton::clicked, this, [this] { saveCurrent(); });
    connect(m_removeButton, &QToolButton::clicked, this,
            [this] { removeSaved(m_savedList->currentRow()); });
    connect(m_sendSavedButton, &QToolButton::clicked, this,
            [this] { sendSaved(m_savedList->currentRow()); });
    connect(m_savedList, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { loadSaved(m_savedList->row(item)); });
    connect(m_savedList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_rebuilding)
            renameSaved(m_savedList->row(item), item->text());
    });
}

void WsComposer::setSendEnabled(bool enabled)
{
    m_send->setEnabled(enabled);
    m_sendSavedButton->setEnabled(enabled);
}

WsComposer::Mode WsComposer::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void WsComposer::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

QString WsComposer::text() const
{
    return m_edit->toPlainText();
}

void WsComposer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

QString WsComposer::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WsComposer::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

std::optional<QByteArray> WsComposer::parseHex(const QString &text, QString *error)
{
    QByteArray bytes;
    bytes.reserve(text.size() / 2);
    int high = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u':' || c == u',')
            continue;
        if (c == u'0' && high < 0 && i + 1 < text.size()
            && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X')) {
            ++i; // "0x" prefix
            continue;
        }
        const int digit = QStringView(&c, 1).toInt(nullptr, 16);
        const bool hex = c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f');
        if (!hex) {
            *error = tr("Not a hex digit: \u201c%1\u201d at position %2.").arg(c).arg(i + 1);
            return std::nullopt;
        }
        if (high < 0) {
            high = digit;
        } else {
            bytes.append(char((high << 4) | digit));
            high = -1;
        }
    }
    if (high >= 0) {
        *error = tr("Odd number of hex digits: the last byte is missing a digit.");
        return std::nullopt;
    }
    return bytes;
}

std::optional<std::pair<WsPayloadKind, QByteArray>> WsComposer::payload()
{
    const QString content = text();
    switch (mode()) {
    case Mode::Text:
        return std::pair{WsPayloadKind::Text, content.toUtf8()};
    case Mode::Json: {
        const QByteArray utf8 = content.toUtf8();
        // {{variables}} are resolved by the session; the text is only checked without them.
        if (!content.contains(QLatin1String("{{"))) {
            if (const auto problem = findJsonSyntaxProblem(utf8)) {
                showError(tr("Not valid JSON: %1. Switch to Text to send it anyway.")
                              .arg(problem->text()));
                return std::nullopt;
            }
        }
        return std::pair{WsPayloadKind::Text, utf8};
    }
    case Mode::Hex: {
        QString error;
        const auto bytes = parseHex(content, &error);
        if (!bytes) {
            showError(error);
            return std::nullopt;
        }
        return std::pair{WsPayloadKind::Binary, *bytes};
    }
    }
    return std::nullopt;
}

QString WsComposer::deliver(WsPayloadKind kind, const QByteArray &payload)
{
    if (!m_sender)
        return tr("Not connected.");
    return m_sender(kind, payload);
}

bool WsComposer::send()
{
    if (!m_send->isEnabled()) {
        showError(tr("Not connected: connect first, then send."));
        return false;
    }
    const auto message = payload();
    if (!message)
        return false;
    const QString error = deliver(message->first, message->second);
    showError(error);
    if (!error.isEmpty())
        return false;
    addToHistory(text());
    return true;
}

void WsComposer::addToHistory(const QString &text)
{
    m_history.removeAll(text);
    m_history.prepend(text);
    while (m_history.size() > s_maxHistory)
        m_history.removeLast();
    m_historyPos = -1;
    m_historyBox->clear();
    for (const QString &entry : std::as_const(m_history))
        m_historyBox->addItem(oneLine(entry));
    m_historyBox->setCurrentIndex(-1);
}

void WsComposer::browseHistory(int step)
{
    if (m_history.isEmpty())
        return;
    // Ctrl+Up goes back in time (to older entries); Ctrl+Down towards the newest.
    m_historyPos = std::clamp(int(m_historyPos + step), 0, int(m_history.size() - 1));
    m_historyBox->setCurrentIndex(m_historyPos);
    setText(m_history.at(m_historyPos));
}

bool WsComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isSendKey(key) || isHistoryKey(key)) {
            // Claim the keys before the window's own Ctrl+Enter (send an HTTP request) does.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (isSendKey(key))
                    send();
                else
                    browseHistory(key->key() == Qt::Key_Up ? 1 : -1);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WsComposer::setSavedMessages(const QList<SavedWsMessage> &messages)
{
    m_saved = messages;
    rebuildSavedList();
}

void WsComposer::saveCurrent(const QString &name)
{
    const auto message = payload();
    if (!message)
        return;
    SavedWsMessage saved;
    saved.kind = message->first;
    saved.payload = message->second;
    saved.name = name.isEmpty() ? oneLine(text()) : name;
    if (saved.name.isEmpty())
        saved.name = tr("Message %1").arg(m_saved.size() + 1);
    m_saved.append(saved);
    rebuildSavedList();
    m_savedList->setCurrentRow(int(m_saved.size() - 1));
    emit savedMessagesChanged();
}

void WsComposer::removeSaved(int row)
{
    if (row < 0 || row >= m_saved.size())
        return;
    m_saved.removeAt(row);
    rebuildSavedList();
    emit savedMessagesChanged();
}

void WsComposer::renameSaved(int row, const QString &name)
{
    if (row < 0 || row >= m_saved.size() || name.trimmed().isEmpty()
        || m_saved.at(row).name == name.trimmed()) {
        rebuildSavedList(); // an empty name is refused: show the old one again
        return;
    }
    m_saved[row].name = name.trimmed();
    rebuildSavedList();
    emit savedMessagesChanged();
}

bool WsComposer::sendSaved(int row)
{
    if (row < 0 || row >= m_saved.size())
        return false;
    if (!m_sendSavedButton->isEnabled()) {
        showError(tr("Not connected: connect first, then send."));
        return false;
    }
    const SavedWsMessage &saved = m_saved.at(row);
    const QString error = deliver(saved.kind, saved.payload);
    showError(error);
    if (error.isEmpty() && saved.kind == WsPayloadKind::Text)
        addToHistory(QString::fromUtf8(saved.payload));
    return error.isEmpty();
}

void WsComposer::loadSaved(int row)
{
    if (row < 0 || row >= m_saved.size())
        return;
    const SavedWsMessage &saved = m_saved.at(row);
    if (saved.kind == WsPayloadKind::Binary) {
        setMode(Mode::Hex);
        setText(QString::fromLatin1(saved.payload.toHex(' ')));
    } else {
        if (mode() == Mode::Hex)
            setMode(Mode::Text);
        setText(QString::fromUtf8(saved.payload));
    }
}

void WsComposer::rebuildSavedList()
{
    m_rebuilding = true;
    const int current = m_savedList->currentRow();
    m_savedList->clear();
    for (const SavedWsMessage &saved : std::as_const(m_saved)) {
        auto *item = new QListWidgetItem(saved.name, m_savedList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(saved.kind == WsPayloadKind::Binary
                             ? tr("Binary, %1").arg(display::bytes(saved.payload.size()))
                             : oneLine(QString::fromUtf8(saved.payload)));
    }
    m_savedList->setCurrentRow(std::min(current, int(m_saved.size()) - 1));
    m_rebuilding = false;
}

} // namespace wirescope
