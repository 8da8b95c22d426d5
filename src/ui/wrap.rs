//! The widget methods a wrapper passes straight to the one element it wraps (`self.content`),
//! shared by the keyboard widgets (`focus::Focus`, `focus::Scope`, `keys::Keys`), which each
//! add one behaviour and leave everything else to their content.

/// Tree, size, layout, pointer and overlay: all the content's.
macro_rules! pass_to_content {
    () => {
        fn children(&self) -> Vec<::iced::advanced::widget::Tree> {
            vec![::iced::advanced::widget::Tree::new(&self.content)]
        }

        fn diff(&self, tree: &mut ::iced::advanced::widget::Tree) {
            tree.diff_children(std::slice::from_ref(&self.content));
        }

        fn size(&self) -> ::iced::Size<::iced::Length> {
            self.content.as_widget().size()
        }

        fn layout(
            &mut self,
            tree: &mut ::iced::advanced::widget::Tree,
            renderer: &::iced::Renderer,
            limits: &::iced::advanced::layout::Limits,
        ) -> ::iced::advanced::layout::Node {
            self.content
                .as_widget_mut()
                .layout(&mut tree.children[0], renderer, limits)
        }

        fn mouse_interaction(
            &self,
            tree: &::iced::advanced::widget::Tree,
            layout: ::iced::advanced::Layout<'_>,
            cursor: ::iced::advanced::mouse::Cursor,
            viewport: &::iced::Rectangle,
            renderer: &::iced::Renderer,
        ) -> ::iced::advanced::mouse::Interaction {
            self.content.as_widget().mouse_interaction(
                &tree.children[0],
                layout,
                cursor,
                viewport,
                renderer,
            )
        }

        fn overlay<'b>(
            &'b mut self,
            tree: &'b mut ::iced::advanced::widget::Tree,
            layout: ::iced::advanced::Layout<'b>,
            renderer: &::iced::Renderer,
            viewport: &::iced::Rectangle,
            translation: ::iced::Vector,
        ) -> Option<::iced::advanced::overlay::Element<'b, Message, ::iced::Theme, ::iced::Renderer>>
        {
            self.content.as_widget_mut().overlay(
                &mut tree.children[0],
                layout,
                renderer,
                viewport,
                translation,
            )
        }
    };
}

/// Operations and drawing: the content's too, for a wrapper that changes neither.
macro_rules! pass_operate_and_draw {
    () => {
        fn operate(
            &mut self,
            tree: &mut ::iced::advanced::widget::Tree,
            layout: ::iced::advanced::Layout<'_>,
            renderer: &::iced::Renderer,
            operation: &mut dyn ::iced::advanced::widget::Operation,
        ) {
            self.content.as_widget_mut().operate(
                &mut tree.children[0],
                layout,
                renderer,
                operation,
            );
        }

        fn draw(
            &self,
            tree: &::iced::advanced::widget::Tree,
            renderer: &mut ::iced::Renderer,
            theme: &::iced::Theme,
            style: &::iced::advanced::renderer::Style,
            layout: ::iced::advanced::Layout<'_>,
            cursor: ::iced::advanced::mouse::Cursor,
            viewport: &::iced::Rectangle,
        ) {
            self.content.as_widget().draw(
                &tree.children[0],
                renderer,
                theme,
                style,
                layout,
                cursor,
                viewport,
            );
        }
    };
}

pub(crate) use {pass_operate_and_draw, pass_to_content};
