import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'

// The state of a create/edit dialog (see FormDialog.vue): open(row, ...) fills the form from the
// row (null: create), save() sends it, closes the dialog, says "saved" and calls `saved` (the
// page's reload); a failure stays in the dialog, put in place by `fail(e, dialog)`.
// `idOf` names the row being edited; `extra` gives more error slots to clear with `errors`.
export function useFormDialog({ toForm, submit, fail, saved, idOf = (row) => row.id, extra = () => ({}) }) {
  const { t } = useI18n()
  const dialog = reactive({ open: false, editing: null, form: {}, errors: {}, saving: false, ...extra() })
  const clear = () => Object.assign(dialog, { errors: {} }, extra())

  function open(row, ...rest) {
    dialog.editing = row ? idOf(row) : null
    dialog.form = toForm(row, ...rest)
    clear()
    dialog.open = true
  }

  async function save() {
    clear()
    dialog.saving = true
    try {
      await submit(dialog.form, dialog.editing)
      dialog.open = false
      ElMessage.success(t('common.saved'))
      await saved()
    } catch (e) {
      fail(e, dialog)
    } finally {
      dialog.saving = false
    }
  }

  return { dialog, open, save }
}
