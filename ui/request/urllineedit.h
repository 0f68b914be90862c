#pragma once

#include <QLineEdit>

namespace wirescope {

class VariableContext;

/// The URL bar: highlights {{variables}} (resolved ones in one colour, unknown ones in red)
/// and shows a variable's value, or "unresolved", in a tooltip over it.
class UrlLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlLineEdit)

public:
    explicit UrlLineEdit(const VariableContext *context, QWidget *parent = nullptr);

    /// Re-highlights after the variables changed.
    void refreshHighlighting();

protected:
    bool event(QEvent *event) override;

private:
    const VariableContext *m_context; // not owned, may be null
};

} // namespace wirescope
