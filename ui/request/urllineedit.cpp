#include "ui/request/urllineedit.h"

#include "core/vars/resolver.h"
#include "core/vars/variablecontext.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QTextCharFormat>
#include <QToolTip>

namespace wirescope {

UrlLineEdit::UrlLineEdit(const VariableContext *context, QWidget *parent)
    : QLineEdit(parent)
    , m_context(context)
{
    connect(this, &QLineEdit::textChanged, this, &UrlLineEdit::refreshHighlighting);
}

void UrlLineEdit::refreshHighlighting()
{
    // QLineEdit has no rich text; input-method format attributes are the supported way to
    // format ranges of its text (given relative to the cursor, kept as absolute positions).
    QList<QInputMethodEvent::Attribute> attributes;
    const QString content = text();
    for (const auto &[start, length] : variableSpans(content)) {
        const QString name = content.mid(start + 2, length - 4).trimmed();
        const bool known = name.startsWith(u'$') || (m_context && m_context->lookup(name));
        QTextCharFormat format;
        format.setForeground(known ? QColor(0x18, 0x80, 0x38) : QColor(0xd9, 0x30, 0x25));
        format.setFontWeight(QFont::DemiBold);
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
                                                       start - cursorPosition(), length, format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
}

bool UrlLineEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorPositionAt(help->pos());
        const QString content = text();
        for (const auto &[start, length] : variableSpans(content)) {
            if (position < start || position >= start + length)
                continue;
            const QString name = content.mid(start + 2, length - 4).trimmed();
            QString tip;
            if (name.startsWith(u'$')) {
                tip = tr("{{%1}}: generated when the request is sent").arg(name);
            } else if (const auto value = m_context ? m_context->lookup(name) : std::nullopt) {
                tip = tr("{{%1}} = %2 (%3)")
                          .arg(name, value->secret ? tr("•••••• (secret)") : value->value,
                               VariableContext::scopeName(value->scope));
            } else {
                tip = tr("{{%1}} is unresolved: no environment or collection defines it").arg(name);
            }
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    return QLineEdit::event(event);
}

} // namespace wirescope
