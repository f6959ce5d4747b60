import { useState } from "react";
import { SaveCancelActions } from "./SaveCancelActions";
import { Dialog, Form, Heading, Input, Label, Modal, ModalOverlay, TextField } from "react-aria-components";

/** Asks for one line of text (a name, a reason); used for renames and new records. */
export function NameDialog(props: {
  isOpen: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  label: string;
  initial: string;
  dir?: "ltr" | "rtl";
  lang?: string;
  onSubmit(value: string): void;
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <ModalOverlay isOpen={props.isOpen} onOpenChange={props.onOpenChange} isDismissable className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog">
          {({ close }) => (
            <Form
              className="stack"
              onSubmit={(e) => {
                e.preventDefault();
                props.onSubmit(value.trim());
                close();
              }}
            >
              <Heading slot="title">{props.title}</Heading>
              <TextField value={value} onChange={setValue} autoFocus className="field">
                <Label>{props.label}</Label>
                <Input dir={props.dir} lang={props.lang} />
              </TextField>
              <SaveCancelActions onCancel={close} />
            </Form>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
