"""The guided form renderer: an SDC Questionnaire shown natively in Qt, widgets chosen by item type.

registry.py picks a widget class per item type (field_widgets, choice_widgets, group_widgets, hours_editor);
form_builder.py lays a Questionnaire out as sections; form_view.py is the `FormView` the main window shows, with
save, draft autosave and finalise. The forms engine itself (state, validation, extraction) is app/models/forms.
"""
