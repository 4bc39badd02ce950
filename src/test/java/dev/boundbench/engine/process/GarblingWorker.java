package dev.boundbench.engine.process;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/** A worker that shakes hands, then answers every request with a frame of unknown status '?'. */
public final class GarblingWorker {

    private GarblingWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new FileOutputStream(FileDescriptor.out));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        Frames.writeHandshake(out);
        Frames.Request request;
        while ((request = Frames.readRequest(in)) != null) {
            out.writeLong(request.taskId());
            out.writeByte('?');
            out.writeLong(0);
            out.flush();
        }
    }
}
