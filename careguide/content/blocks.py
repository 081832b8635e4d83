"""StreamField blocks for patient content. Deliberately few: plain structure reads best."""

from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class NamedItemBlock(blocks.StructBlock):
    name = blocks.CharBlock(help_text="For example, a type of surgery.")
    text = blocks.TextBlock(help_text="Say what it is and when we use it, in plain words.")

    class Meta:
        icon = "list-ul"


class NamedItemsBlock(blocks.StructBlock):
    """A heading and a short list of named things: types of surgery, ways to give radiation."""

    heading = blocks.CharBlock()
    items = blocks.ListBlock(NamedItemBlock())

    class Meta:
        icon = "list-ul"
        template = "content/blocks/named_items.html"


class BulletListBlock(blocks.StructBlock):
    intro = blocks.CharBlock(required=False, help_text="The line before the list.")
    items = blocks.ListBlock(blocks.CharBlock())

    class Meta:
        icon = "list-ul"
        template = "content/blocks/bullet_list.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        form_classname="title", icon="title", template="content/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    bullets = BulletListBlock()
    named_items = NamedItemsBlock()
